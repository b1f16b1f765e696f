"use client"

// an invoice edited live: no <form>, no submit, only "Add line" and "Download PDF"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

interface LineItem {
  id: number
  description: string
  quantity: number
  rate: number
}

export default function FacturaEditor() {
  const [client, setClient] = useState("")
  const [number, setNumber] = useState("F-001")
  const [items, setItems] = useState<LineItem[]>([{ id: 1, description: "", quantity: 1, rate: 0 }])
  const total = items.reduce((s, i) => s + i.quantity * i.rate, 0)

  const update = (id: number, key: keyof LineItem, value: string) =>
    setItems(items.map((i) => (i.id === id ? { ...i, [key]: value } : i)))

  return (
    <div>
      <h1>Nueva factura</h1>
      <Input placeholder="Cliente" value={client} onChange={(e) => setClient(e.target.value)} />
      <Input placeholder="Número" value={number} onChange={(e) => setNumber(e.target.value)} />
      {items.map((item) => (
        <div key={item.id}>
          <Input value={item.description} onChange={(e) => update(item.id, "description", e.target.value)} />
          <Input type="number" value={item.quantity} onChange={(e) => update(item.id, "quantity", e.target.value)} />
          <Input type="number" value={item.rate} onChange={(e) => update(item.id, "rate", e.target.value)} />
        </div>
      ))}
      <Button onClick={() => setItems([...items, { id: Date.now(), description: "", quantity: 1, rate: 0 }])}>
        Add line
      </Button>
      <p>Total: {total}</p>
      <Button onClick={() => window.print()}>Download PDF</Button>
    </div>
  )
}
