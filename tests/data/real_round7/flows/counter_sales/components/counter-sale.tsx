"use client"

import { useState } from "react"
import { recordSale } from "@/components/sales-api"

type Line = { product: string; qty: number; price: number }

// staff at the counter enter a sale: a customer, lines of products, the total they add up to
export function CounterSale() {
  const [customer, setCustomer] = useState("")
  const [lines, setLines] = useState<Line[]>([])
  const total = lines.reduce((sum, l) => sum + l.qty * l.price, 0)

  async function save(e: React.FormEvent) {
    e.preventDefault()
    await recordSale({ customer, lines, amount: total })
  }

  return (
    <form onSubmit={save}>
      <h2>Record a sale</h2>
      <input name="customer" value={customer} onChange={(e) => setCustomer(e.target.value)} />
      <button type="button" onClick={() => setLines([...lines, { product: "", qty: 1, price: 0 }])}>
        Add line
      </button>
      <p>Total {total}</p>
      <button type="submit">Save sale</button>
    </form>
  )
}
