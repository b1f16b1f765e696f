"use client"

import { useState } from "react"

const takings = [
  { way: "Cash", amount: 420 },
  { way: "Card", amount: 1180 },
]

export default function TakingsReport() {
  const [week] = useState("this week")
  const cash = takings[0].amount
  const card = takings[1].amount
  const together = cash + card
  return (
    <main>
      <h1>Takings, {week}</h1>
      <div className="tabs">
        <button>Cash</button>
        <button>Card</button>
      </div>
      <p>Cash {cash} EUR, card {card} EUR</p>
      <p>All together: {together} EUR</p>
    </main>
  )
}
