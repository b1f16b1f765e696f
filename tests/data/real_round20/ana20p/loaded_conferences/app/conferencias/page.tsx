"use client"
import { useEffect, useState } from "react"
import { createClient } from "@/lib/supabase/client"

interface Charla {
  id: string
  titulo: string
  fecha: string
  lugar: string
}

export default function ConferenciasPage() {
  const [charlas, setCharlas] = useState<Charla[]>([])
  const supabase = createClient()

  useEffect(() => {
    supabase
      .from("charlas")
      .select("*")
      .order("fecha")
      .then(({ data }) => setCharlas(data ?? []))
  }, [])

  return (
    <main>
      <h1>Conferencias</h1>
      <div className="grid">
        {charlas.map((c) => (
          <article key={c.id}>
            <h3>{c.titulo}</h3>
            <span>{c.fecha}</span>
            <span>{c.lugar}</span>
            <a href={`/conferencias/${c.id}`}>Inscribirme</a>
          </article>
        ))}
      </div>
    </main>
  )
}
