"use client"

import { useState } from "react"

const parties = [
  { id: 1, title: "Masquerade Ball", date: "2026-05-09", time: "22:00", cover: 40 },
  { id: 2, title: "Retro Disco Night", date: "2026-05-16", time: "21:00", cover: 35 },
  { id: 3, title: "Summer Kickoff Bash", date: "2026-05-23", time: "20:00", cover: 45 },
]

export default function PartyCalendar() {
  const [picked, setPicked] = useState<number | null>(null)
  return (
    <div>
      <h2>Upcoming parties</h2>
      {parties.map((p) => (
        <button key={p.id} onClick={() => setPicked(p.id)}>
          <h3>{p.title}</h3>
          <span>
            {p.date} {p.time}
          </span>
          <span>${p.cover}</span>
        </button>
      ))}
      {picked !== null && <p>Selected party {picked}</p>}
    </div>
  )
}
