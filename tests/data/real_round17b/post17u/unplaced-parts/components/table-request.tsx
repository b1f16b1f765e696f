"use client"

import { useState } from "react"

export default function TableRequest() {
  const [sent, setSent] = useState(false)
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const data = Object.fromEntries(new FormData(e.currentTarget))
    await fetch("/api/reservations", { method: "POST", body: JSON.stringify(data) })
    setSent(true)
  }
  if (sent) return <p>Table reserved!</p>
  return (
    <form onSubmit={submit}>
      <h2>Reserve a table</h2>
      <input name="name" placeholder="Your name" required />
      <input name="email" type="email" placeholder="Email" required />
      <input name="date" type="date" required />
      <input name="guests" type="number" min={1} />
      <button type="submit">Reserve</button>
    </form>
  )
}
