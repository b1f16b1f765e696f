"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

type Line = { dish: string; portions: number; price: number }

const DISHES = [
  { dish: "Tonkotsu ramen", price: 13 },
  { dish: "Gyoza (6)", price: 6 },
]

export function Till() {
  const [lines, setLines] = useState<Line[]>([])
  const [seat, setSeat] = useState("")
  const due = lines.reduce((sum, l) => sum + l.price * l.portions, 0)

  const placeOrder = async () => {
    await fetch("/api/tickets", { method: "POST", body: JSON.stringify({ lines, seat }) })
    setLines([])
  }

  return (
    <div>
      <div>
        {DISHES.map((d) => (
          <Button key={d.dish} onClick={() => setLines([...lines, { ...d, portions: 1 }])}>
            {d.dish}
          </Button>
        ))}
      </div>
      <section>
        <h2>Order in progress</h2>
        <label htmlFor="seat">Seat</label>
        <input id="seat" value={seat} onChange={(e) => setSeat(e.target.value)} />
        {lines.map((l, i) => (
          <p key={i}>
            {l.dish} x {l.portions}
          </p>
        ))}
        <p>Due: ¥{due}</p>
        <Button onClick={placeOrder}>Submit order</Button>
      </section>
    </div>
  )
}
