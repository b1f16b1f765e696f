"use client"

import { useEffect, useState } from "react"

type Visit = { id: string; clientName: string; service: string; date: string; time: string; status: string }

export default function DeskHome() {
  const [today, setToday] = useState<Visit[]>([])
  const [later, setLater] = useState<Visit[]>([])

  useEffect(() => {
    fetch("/api/visits?day=today").then((r) => r.json()).then(setToday)
    fetch("/api/visits?from=tomorrow").then((r) => r.json()).then(setLater)
  }, [])

  return (
    <main className="space-y-6">
      <h1 className="text-2xl">Reception</h1>
      <section className="rounded border p-4">
        <h2 className="font-medium">Appointments today</h2>
        <ul>
          {today.map((visit) => (
            <li key={visit.id}>
              {visit.time} · {visit.clientName} · {visit.service} · {visit.status}
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded border p-4">
        <h2 className="font-medium">Coming appointments</h2>
        <ul>
          {later.map((visit) => (
            <li key={visit.id}>
              {visit.date} {visit.time} · {visit.clientName} · {visit.service} · {visit.status}
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
