"use client"

import { useState } from "react"

export function GrowerSignup() {
  const [grower, setGrower] = useState({ name: "", company: "", email: "", phone: "", crops: "" })
  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/grower-requests", { method: "POST", body: JSON.stringify(grower) })
  }
  return (
    <form onSubmit={send}>
      <h2>Become a supplier</h2>
      <p>Grow vegetables near the hut? Tell us about your farm.</p>
      <label htmlFor="name">Your name</label>
      <input id="name" value={grower.name} onChange={(e) => setGrower({ ...grower, name: e.target.value })} />
      <label htmlFor="company">Farm or company</label>
      <input id="company" value={grower.company} onChange={(e) => setGrower({ ...grower, company: e.target.value })} />
      <label htmlFor="email">E-mail</label>
      <input id="email" type="email" value={grower.email} onChange={(e) => setGrower({ ...grower, email: e.target.value })} />
      <label htmlFor="phone">Phone</label>
      <input id="phone" type="tel" value={grower.phone} onChange={(e) => setGrower({ ...grower, phone: e.target.value })} />
      <label htmlFor="crops">What you grow</label>
      <textarea id="crops" value={grower.crops} onChange={(e) => setGrower({ ...grower, crops: e.target.value })} />
      <button type="submit">Send my details</button>
    </form>
  )
}
