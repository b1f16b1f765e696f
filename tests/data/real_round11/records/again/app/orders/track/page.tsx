"use client"

import { useState } from "react"

export default function Track() {
  const [code, setCode] = useState("")
  // one visitor's past order: its lines repeat treatments sold elsewhere
  const sampleOrders = {
    "A-100": {
      status: "paid",
      items: [
        { name: "Deep Tissue Massage", quantity: 1, price: 70 },
        { name: "Foot Reflexology", quantity: 2, price: 45 },
      ],
    },
  }
  const order = sampleOrders[code as keyof typeof sampleOrders]
  return (
    <main>
      <h1>Your order</h1>
      <input value={code} onChange={(e) => setCode(e.target.value)} />
      {order?.items.map((line) => (
        <p key={line.name}>
          {line.quantity} × {line.name} €{line.price}
        </p>
      ))}
    </main>
  )
}
