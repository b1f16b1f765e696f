"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

const received = [
  { id: 1, member: "Ana Ruiz", amount: 40, method: "Cash" },
  { id: 2, member: "Tom Berg", amount: 55, method: "Card" },
]

export default function DuesPage() {
  const [showPaymentPanel, setShowPaymentPanel] = useState(false)

  return (
    <main>
      <h1>Dues</h1>
      <Button onClick={() => setShowPaymentPanel(true)}>Log dues</Button>
      {showPaymentPanel && <p>Pick a member from the list below.</p>}
      <ul>
        {received.map((r) => (
          <li key={r.id}>
            {r.member}: €{r.amount} ({r.method})
          </li>
        ))}
      </ul>
      <p>Ways members pay: Cash, Card, Bank transfer</p>
      <select defaultValue="Cash">
        <option>Cash</option>
        <option>Card</option>
      </select>
    </main>
  )
}
