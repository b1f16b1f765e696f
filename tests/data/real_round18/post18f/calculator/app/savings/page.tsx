"use client"

import { useState } from "react"

export default function SavingsPage() {
  const [bill, setBill] = useState(120)
  const [panels, setPanels] = useState(10)
  const [result, setResult] = useState<number | null>(null)

  const work = () => setResult(Math.round(bill * 12 * Math.min(1, panels / 14)))

  return (
    <section>
      <h2>Estimate your yearly savings</h2>
      <label htmlFor="bill">Monthly power bill (EUR)</label>
      <input id="bill" type="number" value={bill} onChange={(e) => setBill(+e.target.value)} />
      <label htmlFor="panels">Number of panels</label>
      <input id="panels" type="number" value={panels} onChange={(e) => setPanels(+e.target.value)} />
      <button onClick={work}>Calculate savings</button>
      {result !== null && <p>About {result} EUR a year</p>}
    </section>
  )
}
