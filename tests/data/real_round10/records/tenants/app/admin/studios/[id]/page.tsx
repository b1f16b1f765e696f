import { db } from "@/lib/db"

export default async function StudioPage({ params }: { params: { id: string } }) {
  const studio = await db.studio.findUnique({ where: { id: params.id } })
  if (!studio) return null
  return (
    <main>
      <h1>Studio Profile</h1>
      <p>{studio.name}</p>
      <p>{studio.email}</p>
      <p>{studio.phone}</p>
      <p>{studio.city}</p>
    </main>
  )
}
