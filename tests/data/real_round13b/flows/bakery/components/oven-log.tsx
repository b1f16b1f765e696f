"use client"

import { useState } from "react"
import { useBakery } from "@/lib/bakery-store"

export function OvenLog() {
  const { logBatch } = useBakery()
  const [trays, setTrays] = useState("2")
  const [perTray, setPerTray] = useState("12")

  const onSave = (e: React.FormEvent) => {
    e.preventDefault()
    const batch = {
      trays: Number(trays),
      rolls: Number(trays) * Number(perTray),
      bakedAt: new Date(),
    }
    logBatch(batch)
  }

  return (
    <form onSubmit={onSave}>
      <h2>Log an oven batch</h2>
      <input type="number" value={trays} onChange={(e) => setTrays(e.target.value)} />
      <input type="number" value={perTray} onChange={(e) => setPerTray(e.target.value)} />
      <button type="submit">Save batch</button>
    </form>
  )
}
