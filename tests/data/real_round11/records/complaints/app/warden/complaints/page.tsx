"use client"

import { useEffect, useState } from "react"

type Complaint = { id: string; title: string; room: string; status: string }

// the residents' complaints, loaded from the hostel's API
export default function ResidentComplaints() {
  const [rows, setRows] = useState<Complaint[]>([])
  useEffect(() => {
    fetch("/api/complaints")
      .then((r) => r.json())
      .then(setRows)
  }, [])
  return (
    <main>
      <h1>Complaints</h1>
      {rows.map((c) => (
        <div key={c.id}>
          <h3>{c.title}</h3>
          <span>
            {c.room} · {c.status}
          </span>
        </div>
      ))}
    </main>
  )
}
