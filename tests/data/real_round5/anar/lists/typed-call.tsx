"use client"
// A Lyon climbing gym's staff page: this week's reservations, read through a typed API client.
import { useEffect, useState } from "react"
import { api } from "@/lib/api"

type Reservation = { id: string; grimpeur: string; creneau: string }

export default function Semaine() {
  const [reservations, setReservations] = useState<any[]>([])
  useEffect(() => {
    api.get<Reservation[]>("/api/reservations").then(setReservations)
  }, [])
  return (
    <section>
      <h2>Cette semaine</h2>
      {reservations.map((r) => <p key={r.id}>{r.creneau} — {r.grimpeur}</p>)}
    </section>
  )
}
