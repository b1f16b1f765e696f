"use client"

import { useState } from "react"

export function VisitFilter({ onPick }: { onPick: (from: string, until: string) => void }) {
  const [from, setFrom] = useState("")
  const [until, setUntil] = useState("")
  return (
    <div>
      <h2>Visits between</h2>
      <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      <button onClick={() => onPick(from, until)}>Show</button>
    </div>
  )
}
