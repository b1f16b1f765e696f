"use client"

import { useState } from "react"
import { db } from "@/lib/db"
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"

type Chair = { id: string; label: string; price: number }

export function ChairList({ chairs }: { chairs: Chair[] }) {
  const [picked, setPicked] = useState<Chair | null>(null)
  const [from, setFrom] = useState("")
  const [until, setUntil] = useState("")

  async function rent() {
    await db.from("rentals").insert({ chair_id: picked?.id, from, until })
    setPicked(null)
  }

  return (
    <section>
      <h2>Rent a chair</h2>
      {chairs.map((c) => (
        <div key={c.id}>
          {c.label} {c.price}
          <button onClick={() => setPicked(c)}>Rent</button>
        </div>
      ))}
      <Dialog open={!!picked} onOpenChange={() => setPicked(null)}>
        <DialogContent>
          <DialogTitle>Rent chair {picked?.label}</DialogTitle>
          <label>First day</label>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <label>Last day</label>
          <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
          <button onClick={rent}>Confirm rental</button>
        </DialogContent>
      </Dialog>
    </section>
  )
}
