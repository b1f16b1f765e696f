"use client"

import { useState } from "react"

const ITEMS = [
  { id: "a", label: "Tea", price: 3 },
  { id: "b", label: "Cake", price: 5 },
]

export function CounterSale() {
  const [itemId, setItemId] = useState("")
  const [qty, setQty] = useState("1")
  const [buyer, setBuyer] = useState("")
  const [off, setOff] = useState(0)
  const picked = ITEMS.find((i) => i.id === itemId)
  const gross = picked ? picked.price * Number(qty) : 0
  const due = gross - off

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/sales", {
      method: "POST",
      body: JSON.stringify({ item: itemId, buyer, amount_due: due }),
    })
  }

  return (
    <form onSubmit={submit}>
      <h2>Ring up</h2>
      <select value={itemId} onChange={(e) => setItemId(e.target.value)}>
        {ITEMS.map((i) => (
          <option key={i.id} value={i.id}>{i.label}</option>
        ))}
      </select>
      <input type="number" value={qty} onChange={(e) => setQty(e.target.value)} />
      <input value={buyer} onChange={(e) => setBuyer(e.target.value)} placeholder="Buyer" />
      <input type="number" value={off} onChange={(e) => setOff(Number(e.target.value))} />
      <p>Due: {due}</p>
      <button type="submit">Save</button>
    </form>
  )
}
