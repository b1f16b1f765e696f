"use client"

import { useState } from "react"

// staff move a fitting already booked: the booking's own screen, labelled as the booking
export default function FittingEditPage({ params }: { params: { id: string } }) {
  const [day, setDay] = useState("")
  const [hour, setHour] = useState("")
  const [customer, setCustomer] = useState("")

  const keep = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch(`/api/fittings/${params.id}`, {
      method: "PUT",
      body: JSON.stringify({ day, hour, customer }),
    })
  }

  return (
    <form onSubmit={keep}>
      <h1>Modifier le rendez-vous</h1>
      <label htmlFor="customer">Client</label>
      <input id="customer" value={customer} onChange={(e) => setCustomer(e.target.value)} />
      <label htmlFor="day">Date</label>
      <input id="day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      <label htmlFor="hour">Heure</label>
      <input id="hour" type="time" value={hour} onChange={(e) => setHour(e.target.value)} />
      <button type="submit">Enregistrer</button>
    </form>
  )
}
