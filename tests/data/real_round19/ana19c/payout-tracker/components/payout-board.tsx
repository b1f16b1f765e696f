"use client"

import { useState } from "react"

interface Payment {
  id: string
  lotCode: string
  amount: number
  status: "queued" | "cleared" | "rejected"
  timestamp: Date
}

export function PayoutBoard() {
  const [payments] = useState<Payment[]>([
    { id: "p-1", lotCode: "LOT-9", amount: 4200, status: "cleared", timestamp: new Date(2025, 1, 3) },
    { id: "p-2", lotCode: "LOT-12", amount: 980, status: "queued", timestamp: new Date(2025, 1, 4) },
    { id: "p-3", lotCode: "LOT-15", amount: 2650, status: "rejected", timestamp: new Date(2025, 1, 5) },
  ])

  return (
    <section>
      <h3>Lot settlements</h3>
      {payments.map((p) => (
        <div key={p.id}>
          <span>{p.lotCode}</span>
          <span>{p.amount}</span>
          <span>{p.status}</span>
        </div>
      ))}
    </section>
  )
}
