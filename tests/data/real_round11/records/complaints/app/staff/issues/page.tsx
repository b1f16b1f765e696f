"use client"

import { useEffect, useState } from "react"

type Issue = { id: string; title: string; assignee: string; status: string }

// the staff's own maintenance board: no one outside raised these
export default function StaffIssues() {
  const [rows, setRows] = useState<Issue[]>([])
  useEffect(() => {
    fetch("/api/issues")
      .then((r) => r.json())
      .then(setRows)
  }, [])
  return (
    <main>
      <h1>Maintenance Issues</h1>
      {rows.map((i) => (
        <div key={i.id}>
          <h3>{i.title}</h3>
          <span>{i.assignee}</span>
        </div>
      ))}
    </main>
  )
}
