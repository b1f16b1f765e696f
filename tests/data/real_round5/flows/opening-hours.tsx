"use client"

import { useState } from "react"

// a studio's week: each day switched on or off, with its opening and closing hour
export function OpeningHours() {
  const [open, setOpen] = useState(true)
  const [from, setFrom] = useState("09:00")
  const [until, setUntil] = useState("18:00")
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>Öffnungszeiten</h2>
      <input id="monday" type="checkbox" checked={open} onChange={() => setOpen(!open)} />
      <input id="opens" type="time" value={from} onChange={(e) => setFrom(e.target.value)} />
      <input id="closes" type="time" value={until} onChange={(e) => setUntil(e.target.value)} />
      <button type="submit">Speichern</button>
    </form>
  )
}
