"use client"
// The end of the booking flow: it reads the new reservation's id to thank the diner.
import { useSearchParams } from "next/navigation"
import { useReservation } from "@/hooks/use-reservation"

export default function Done() {
  const reservation = useReservation(useSearchParams().get("id"))
  return (
    <main>
      <h1>See you soon!</h1>
      <p>{reservation.date}</p>
      <p>{reservation.time}</p>
      <p>{reservation.guests}</p>
    </main>
  )
}
