"use client"

import { useState } from "react"

export default function Book() {
  // the booking page writes the same treatments out again, with its own prices and times
  const treatments = [
    { id: 1, name: "Deep Tissue Massage", price: 70, minutes: 60 },
    { id: 2, name: "Hot Stone Massage", price: 85, minutes: 75 },
    { id: 3, name: "Foot Reflexology", price: 45, minutes: 40 },
  ]
  const [chosen, setChosen] = useState<number | null>(null)
  return (
    <main>
      <h1>Book a treatment</h1>
      {treatments.map((t) => (
        <button key={t.id} onClick={() => setChosen(t.id)}>
          <h3>{t.name}</h3>
          <span>€{t.price}</span>
        </button>
      ))}
      <p>{chosen ? "Chosen" : "Pick one"}</p>
    </main>
  )
}
