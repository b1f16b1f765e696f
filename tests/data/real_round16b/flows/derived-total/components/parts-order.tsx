"use client"

import { useState } from "react"

type Line = { part: string; count: number; each: number }

export function PartsOrder({ save }: { save: (o: object) => Promise<void> }) {
  const [lines, setLines] = useState<Line[]>([])
  const [client, setClient] = useState("")

  const sumLines = () => lines.reduce((acc, l) => acc + l.count * l.each, 0)

  const place = async (e: React.FormEvent) => {
    e.preventDefault()
    const grand = sumLines()
    await save({ client, lines, grand_total: grand })
  }

  return (
    <form onSubmit={place}>
      <h2>Parts order</h2>
      <input value={client} onChange={(e) => setClient(e.target.value)} placeholder="Client" />
      <button type="button" onClick={() => setLines([...lines, { part: "", count: 1, each: 0 }])}>
        Add line
      </button>
      <button type="submit">Save</button>
    </form>
  )
}
