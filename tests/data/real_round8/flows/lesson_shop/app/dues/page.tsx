"use client"

import { useState } from "react"

const dues = [
  { id: "d1", term: "Autumn term", amount: 120 },
  { id: "d2", term: "Spring term", amount: 120 },
]

export default function DuesPage() {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <main>
      <h1>Term dues</h1>
      {dues.map((d) => (
        <div key={d.id}>
          <span>{d.term}</span>
          <button onClick={() => setOpen(d.id)}>Pay now</button>
        </div>
      ))}
      {open && (
        <div className="modal">
          <h2>Settle your dues</h2>
          <button className="primary">Pay with PayPal</button>
          <button onClick={() => setOpen(null)}>Close</button>
        </div>
      )}
    </main>
  )
}
