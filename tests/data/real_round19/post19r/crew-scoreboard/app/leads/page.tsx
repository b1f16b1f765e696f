"use client"

import { useState } from "react"

// a call centre's floor: who closed how many calls this week, as a share of those they took
const crew = [
  { id: 1, name: "Ingrid Halvorsen", role: "Closer", squad: "North", closed: "18/24", rate: 75 },
  { id: 2, name: "Tomasz Wrona", role: "Closer", squad: "North", closed: "9/20", rate: 45 },
  { id: 3, name: "Amara Diallo", role: "Setter", squad: "South", closed: "21/22", rate: 95 },
]

const squads = [
  { id: "n", name: "Squad North", members: 2, avgScore: 71, rate: 60 },
  { id: "s", name: "Squad South", members: 1, avgScore: 88, rate: 95 },
]

export default function FloorPage() {
  const [query, setQuery] = useState("")
  const shown = crew.filter((c) => c.name.toLowerCase().includes(query.toLowerCase()))
  return (
    <main className="p-6">
      <h1 className="text-2xl font-bold">Floor this week</h1>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Find someone" />
      <ul>
        {shown.map((c) => (
          <li key={c.id} className="flex justify-between">
            <span>{c.name}</span>
            <span>{c.role} · {c.squad}</span>
            <span>{c.closed}</span>
            <span className="font-semibold">{c.rate}%</span>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl">Squads</h2>
      {squads.map((s) => (
        <div key={s.id} className="rounded border p-4">
          <h3>{s.name}</h3>
          <p>{s.members} people, average score {s.avgScore}</p>
          <p>{s.rate}% of calls closed</p>
        </div>
      ))}
    </main>
  )
}
