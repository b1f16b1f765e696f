"use client"

import { useState } from "react"
import { useBakery } from "@/lib/bakery-store"

const loaves = [
  { id: "rye", label: "Rye loaf", cost: 4.5 },
  { id: "spelt", label: "Spelt loaf", cost: 5.25 },
]

export function CounterSale() {
  const { recordSale } = useBakery()
  const [loafId, setLoafId] = useState("")
  const [count, setCount] = useState("1")

  const picked = loaves.find((l) => l.id === loafId)

  const onConfirm = (e: React.FormEvent) => {
    e.preventDefault()
    if (!picked) return
    const many = Number(count)
    const entry = {
      loafId: picked.id,
      loafLabel: picked.label,
      many,
      eachCost: picked.cost,
      totalPrice: picked.cost * many,
      at: new Date(),
    }
    recordSale(entry)
    setLoafId("")
    setCount("1")
  }

  return (
    <form onSubmit={onConfirm}>
      <h2>Ring up a sale</h2>
      <select value={loafId} onChange={(e) => setLoafId(e.target.value)}>
        {loaves.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      <input type="number" value={count} onChange={(e) => setCount(e.target.value)} />
      <p>Due: {picked ? picked.cost * Number(count) : 0}</p>
      <button type="submit">Ring up</button>
    </form>
  )
}
