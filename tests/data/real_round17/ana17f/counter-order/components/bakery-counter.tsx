"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

type Loaf = { id: string; title: string; price: number }

export function BakeryCounter({ loaves }: { loaves: Loaf[] }) {
  const [loafId, setLoafId] = useState("")
  const [qty, setQty] = useState(1)
  const [buyer, setBuyer] = useState("")
  const picked = loaves.find((l) => l.id === loafId)
  const total = picked ? picked.price * qty : 0

  async function saveOrder() {
    await fetch("/api/orders", {
      method: "POST",
      body: JSON.stringify({ loafId, qty, buyer, total }),
    })
  }

  return (
    <div>
      <h2>Counter Order</h2>
      <label htmlFor="loaf">Loaf</label>
      <select id="loaf" value={loafId} onChange={(e) => setLoafId(e.target.value)}>
        {loaves.map((l) => (
          <option key={l.id} value={l.id}>
            {l.title}
          </option>
        ))}
      </select>
      <label htmlFor="qty">Quantity</label>
      <Input id="qty" type="number" value={qty} onChange={(e) => setQty(Number(e.target.value))} />
      <label htmlFor="buyer">Customer</label>
      <Input id="buyer" value={buyer} onChange={(e) => setBuyer(e.target.value)} />
      <p>Total: {total}</p>
      <Button onClick={saveOrder}>Save Order</Button>
    </div>
  )
}
