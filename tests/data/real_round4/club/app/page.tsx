import Link from "next/link"
import { createClient } from "@/lib/supabase/server"

export default async function Home() {
  const db = await createClient()
  const { data: soon } = await db.from("happenings").select("*").limit(3)
  return (
    <main>
      <h1>Eventi in arrivo</h1>
      {(soon ?? []).map((h) => <p key={h.id}>{h.title}</p>)}
      <Link href="/events">Tutti gli eventi</Link>
    </main>
  )
}
