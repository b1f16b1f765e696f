"use client"

// Asking to be called back: a name and a phone number, two fields and a real request.
import { useState } from "react"

export function Callback() {
  const [name, setName] = useState("")
  const [phone, setPhone] = useState("")

  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/callback", { method: "POST", body: JSON.stringify({ name, phone }) }) }}>
      <h2>Bel mij terug</h2>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <button type="submit">Terugbellen</button>
    </form>
  )
}
