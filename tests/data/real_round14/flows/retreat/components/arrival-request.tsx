"use client"

import { useState } from "react"

export function ArrivalRequest() {
  const [stay, setStay] = useState({ day: "", hour: "", guest: "", email: "" })
  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/arrivals", { method: "POST", body: JSON.stringify(stay) })
  }
  return (
    <form onSubmit={send}>
      <h2>Come and stay with us</h2>
      <label htmlFor="day">Check-in date</label>
      <input id="day" type="date" value={stay.day} onChange={(e) => setStay({ ...stay, day: e.target.value })} />
      <label htmlFor="hour">Arrival time</label>
      <input id="hour" type="time" value={stay.hour} onChange={(e) => setStay({ ...stay, hour: e.target.value })} />
      <label htmlFor="guest">Your name</label>
      <input id="guest" value={stay.guest} onChange={(e) => setStay({ ...stay, guest: e.target.value })} />
      <label htmlFor="email">E-mail</label>
      <input id="email" type="email" value={stay.email} onChange={(e) => setStay({ ...stay, email: e.target.value })} />
      <button type="submit">Send</button>
    </form>
  )
}
