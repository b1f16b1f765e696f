import { createClient } from "@/lib/supabase/server"

export default async function EventsPage() {
  const db = await createClient()
  const { data: all } = await db.from("happenings").select("*")
  return (
    <main>
      <h1>Tutti gli eventi</h1>
      {(all ?? []).map((h) => <article key={h.id}><h2>{h.title}</h2><p>{h.starts_at}</p></article>)}
    </main>
  )
}
