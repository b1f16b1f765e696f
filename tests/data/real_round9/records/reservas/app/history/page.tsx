"use client"
// A diner's past reservations, loaded from the API; the page's title sits in its header bar.
import { useEffect, useState } from "react"
import { TopBar } from "@/components/top-bar"

export default function History() {
  const [reservations, setReservations] = useState<any[]>([])
  useEffect(() => {
    fetch(`/api/reservations/mine?page=1`).then((r) => r.json()).then((d) => setReservations(d.rows))
  }, [])
  return (
    <div>
      <TopBar title="Casa Lucía" subtitle="Your past reservations" />
      {reservations.map((reservation) => (
        <div key={reservation.id}>
          <p>{reservation.code}</p>
          <p>{reservation.reserved_for}</p>
          <p>{reservation.date}</p>
          <p>{reservation.status}</p>
        </div>
      ))}
    </div>
  )
}
