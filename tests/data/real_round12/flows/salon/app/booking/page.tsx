"use client"

import { useState } from "react"
import { db } from "@/lib/db"
import { announceNewVisit } from "@/lib/actions/visit-message"

export default function BookingPage() {
  const [name, setName] = useState("")
  const [day, setDay] = useState("")

  async function book() {
    const { data } = await db.from("visits").insert({ name, day }).select().single()
    await announceNewVisit(data.id)
  }

  return (
    <main>
      <h1>Book a haircut</h1>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Your name" />
      <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      <button onClick={book}>Book now</button>
    </main>
  )
}
