"use client"

import { useState } from "react"

export function ConfigureShed() {
  const [size, setSize] = useState({ width: "3", depth: "2" })
  const [email, setEmail] = useState("")
  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/quotes", { method: "POST", body: JSON.stringify({ ...size, email }) }) }}>
      <h2>Configure your shed</h2>
      <label htmlFor="width">Width (m)</label>
      <input id="width" type="number" value={size.width} onChange={(e) => setSize({ ...size, width: e.target.value })} />
      <label htmlFor="depth">Depth (m)</label>
      <input id="depth" type="number" value={size.depth} onChange={(e) => setSize({ ...size, depth: e.target.value })} />
      <label htmlFor="email">E-mail for the quote</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Get my quote</button>
    </form>
  )
}
