"use client"
import { useState } from "react"

export default function Assistent() {
  const [on, setOn] = useState(true)
  const [minutes, setMinutes] = useState(10)
  const [nights, setNights] = useState(false)
  return (
    <main>
      <h2>Übergabe an das Team</h2>
      <label><input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Assistent aktiv</label>
      <label><input type="checkbox" checked={nights} onChange={(e) => setNights(e.target.checked)} /> Auch nachts antworten</label>
      <label>Minuten bis zur Übergabe</label>
      <input type="number" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
      <button onClick={() => setOn(false)}>Assistent anhalten</button>
    </main>
  )
}
