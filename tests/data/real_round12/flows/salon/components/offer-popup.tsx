"use client"

import { useState } from "react"

export function OfferPopup() {
  const [name, setName] = useState("")
  const [email, setEmail] = useState("")
  const [note, setNote] = useState("")

  async function send() {
    await fetch("/api/leads", { method: "POST", body: JSON.stringify({ name, email, note }) })
  }

  return (
    <form onSubmit={send}>
      <h3>Get 10% off your first cut</h3>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit">Claim offer</button>
    </form>
  )
}
