import { db } from "@/lib/db"

export default async function TeacherPage({ params }: { params: { id: string } }) {
  const teacher = await db.teacher.findUnique({ where: { id: params.id } })
  if (!teacher) return null
  return (
    <main>
      <h1>Teacher Card</h1>
      <p>{teacher.name}</p>
      <p>{teacher.email}</p>
      <p>{teacher.phone}</p>
      <p>{teacher.specialty}</p>
    </main>
  )
}
