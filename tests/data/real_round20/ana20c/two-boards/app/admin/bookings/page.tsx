"use client"

import { useEffect, useState } from "react"

type Stay = { id: string; guestName: string; service: string; date: string; status: string }

export default function BookingsBoard() {
  const [stays, setStays] = useState<Stay[]>([])

  useEffect(() => {
    fetch("/api/stays")
      .then((r) => r.json())
      .then(setStays)
  }, [])

  return (
    <main className="p-6">
      <h1 className="text-2xl">Upcoming bookings</h1>
      <table>
        <tbody>
          {stays.map((stay) => (
            <tr key={stay.id}>
              <td>{stay.guestName}</td>
              <td>{stay.service}</td>
              <td>{stay.date}</td>
              <td>{stay.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
