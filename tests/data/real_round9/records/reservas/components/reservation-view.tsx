"use client"
// One reservation, read by the id in the address; its extras are part of it, not a list.
import { useSearchParams } from "next/navigation"
import { useQuery } from "@tanstack/react-query"

export default function ReservationView() {
  const id = useSearchParams().get("id")
  const { data: reservation } = useQuery({
    queryKey: ["reservation", id],
    queryFn: () => fetch(`/api/reservations/${id}`).then((r) => r.json()),
  })
  if (!reservation) return null
  return (
    <main>
      <h1>Your table</h1>
      <p>{reservation.date}</p>
      <p>{reservation.time}</p>
      <p>{reservation.guests}</p>
      <h2>Extras</h2>
      {reservation.extras.map((extra: any) => (
        <div key={extra.id}>
          <p>{extra.date}</p>
          <p>{extra.time}</p>
          <p>{extra.guest}</p>
          <p>{extra.service}</p>
        </div>
      ))}
    </main>
  )
}
