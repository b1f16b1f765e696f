"use client"

import { useState } from "react"

const GEAR_FEES = { drybag: 4, paddle: 6 }

export default function HirePage() {
  const [week] = useState({ takings: { boats: 1200, gear: 300 } })
  return (
    <main>
      <h1>Lakeside kayak hire</h1>

      <h2>Boats by the hour</h2>
      {[
        { name: "Single sit-on-top", price: 18 },
        { name: "Tandem touring kayak", price: 30 },
        { name: "Stand-up board", price: 15 },
      ].map((boat) => (
        <p key={boat.name}>
          {boat.name}: £{boat.price}/hour
        </p>
      ))}

      <h2>Extras</h2>
      {[
        { label: "Dry bag", price: GEAR_FEES.drybag },
        { label: "Spare paddle", price: GEAR_FEES.paddle },
      ].map((extra) => (
        <p key={extra.label}>
          {extra.label} +£{extra.price}
        </p>
      ))}

      <h2>This week</h2>
      {[
        { name: "Boats", amount: week.takings.boats },
        { name: "Gear", amount: week.takings.gear },
      ].map((line) => (
        <p key={line.name}>
          {line.name}: £{line.amount}
        </p>
      ))}
    </main>
  )
}
