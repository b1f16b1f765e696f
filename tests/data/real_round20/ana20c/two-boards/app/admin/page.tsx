"use client"

import { useEffect, useState } from "react"

type Stay = { id: string; guestName: string; service: string; date: string; status: string }

export default function AdminHome() {
  const [latest, setLatest] = useState<Stay[]>([])

  useEffect(() => {
    fetch("/api/stays?limit=4")
      .then((r) => r.json())
      .then(setLatest)
  }, [])

  return (
    <section className="grid gap-4">
      <h1 className="text-2xl">Front desk</h1>
      <div className="rounded border p-4">
        <h2 className="font-medium">Upcoming bookings</h2>
        <ul>
          {latest.map((stay) => (
            <li key={stay.id}>
              {stay.guestName} · {stay.service} · {stay.date} · {stay.status}
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
