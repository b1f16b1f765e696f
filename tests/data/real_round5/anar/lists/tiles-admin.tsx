"use client"
// A catering admin home: a tile counting the events loaded, linking to their own page.
import { useEffect, useState } from "react"

export default function Inicio() {
  const [eventos, setEventos] = useState<any[]>([])
  useEffect(() => {
    fetch("/api/eventos").then((r) => r.json()).then(setEventos)
  }, [])
  return (
    <main>
      <div className="grid">
        <div className="card">
          <h3>Total events</h3>
          <div className="text-3xl">{eventos.length}</div>
        </div>
      </div>
      <ul>{eventos.slice(0, 3).map((e) => <li key={e.id}>{e.cliente}</li>)}</ul>
    </main>
  )
}
