"use client"
import { useState } from "react"

type Line = { name: string; price: number; qty: number }

export default function Till() {
  const [lines, setLines] = useState<Line[]>([{ name: "Rope 10 m", price: 12, qty: 2 }])
  const [buyer, setBuyer] = useState("")
  const total = lines.reduce((sum, l) => sum + l.price * l.qty, 0)
  const record = async () => {
    await fetch("/api/sales", { method: "POST", body: JSON.stringify({ buyer, lines, total }) })
    setLines([])
  }
  return (
    <div>
      <h1>Chandlery counter</h1>
      <input value={buyer} onChange={(e) => setBuyer(e.target.value)} placeholder="Customer" />
      <p>Total: {total}</p>
      <button onClick={record}>Record sale</button>
    </div>
  )
}
