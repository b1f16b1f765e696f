"use client"

import { useState } from "react"

export function PickupForm() {
  const [form, setForm] = useState({ fullName: "", email: "", day: "", slot: "morning" })

  const handleSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    const lines = JSON.parse(localStorage.getItem("cart") || "[]")
    await fetch("/api/orders", {
      method: "POST",
      body: JSON.stringify({ ...form, lines }),
    })
    localStorage.removeItem("cart")
  }

  return (
    <form onSubmit={handleSubmit}>
      <label htmlFor="fullName">Full name</label>
      <input id="fullName" name="fullName" onChange={(e) => setForm({ ...form, fullName: e.target.value })} />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" />
      <label htmlFor="day">Pickup day</label>
      <input id="day" name="day" type="date" />
      <label htmlFor="slot">Pickup time</label>
      <select id="slot" name="slot">
        <option value="morning">Morning</option>
        <option value="afternoon">Afternoon</option>
      </select>
      <button type="submit">Place order</button>
    </form>
  )
}
