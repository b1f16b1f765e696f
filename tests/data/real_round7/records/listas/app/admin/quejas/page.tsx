"use client"
// Complaints of a residence, loaded from the browser's storage: no row is written out here.
import { useEffect, useState } from "react"

type Queja = { id: string; residente: string; categoria: string; estado: string; prioridad: string }

export default function Quejas() {
  const [quejas, setQuejas] = useState<Queja[]>([])
  useEffect(() => setQuejas(JSON.parse(localStorage.getItem("quejas") ?? "[]")), [])
  return (
    <section>
      <h2>Quejas recibidas</h2>
      {quejas.map((q) => (
        <div key={q.id}>
          <strong>{q.category}</strong> — {q.description}
          <span>{q.priority}</span>
          <span>{q.status}</span>
        </div>
      ))}
    </section>
  )
}
