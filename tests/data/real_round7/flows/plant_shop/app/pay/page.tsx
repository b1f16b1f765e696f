"use client"

import { useState } from "react"
import { useRouter } from "next/navigation"

// the second step of buying a plant: how the visitor pays, then a button with the amount
const ways = [
  { id: "card", label: "Credit card" },
  { id: "transfer", label: "Bank transfer" },
  { id: "cash", label: "Cash on pickup" },
]

export default function PayStep() {
  const router = useRouter()
  const [way, setWay] = useState<string | null>(null)
  const amount = 42

  return (
    <main>
      <h1>How would you like to pay?</h1>
      {ways.map((w) => (
        <button key={w.id} onClick={() => setWay(w.id)}>
          {w.label}
        </button>
      ))}
      {way && (
        <button onClick={() => router.push("/thanks")}>Pay {amount} EUR</button>
      )}
    </main>
  )
}
