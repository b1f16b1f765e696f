"use client"

import { useState } from "react"
import { db } from "@/lib/db"

const CARE = [
  { id: "hem", title: "Hemming" },
  { id: "press", title: "Pressing" },
]

// a visitor picks a service; the panel under the picked one stores the visit
export default function CarePage() {
  const [chosen, setChosen] = useState<string | null>(null)
  const [day, setDay] = useState("")

  const keepVisit = async () => {
    await db.from("visit_appointments").insert({ service: chosen, day })
  }

  return (
    <main>
      <h1>Care services</h1>
      {CARE.map((c) => (
        <div key={c.id}>
          <p onClick={() => setChosen(c.id)}>{c.title}</p>
          {chosen === c.id && (
            <div>
              <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
              <button onClick={keepVisit}>Fissa la visita</button>
            </div>
          )}
        </div>
      ))}
    </main>
  )
}
