"use client"

import { useEffect, useState } from "react"

type Entry = { id: string; name: string; city: string; score: number }

export default function CrmPage() {
  const [rows, setRows] = useState<Entry[]>([])

  useEffect(() => {
    fetch("/api/entries")
      .then((r) => r.json())
      .then(setRows)
  }, [])

  return (
    <main>
      <h1>לקוחות</h1>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <strong>{row.name}</strong> · {row.city} · {row.score}
          </li>
        ))}
      </ul>
    </main>
  )
}
