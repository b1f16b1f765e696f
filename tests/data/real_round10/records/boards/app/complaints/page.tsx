"use client"

import { useEffect, useState } from "react"

type Complaint = { id: string; subject: string; priority: string; status: string; guestName: string; room: string }

export default function FrontDesk() {
  const [rows, setRows] = useState<Complaint[]>([])
  useEffect(() => {
    fetch("/api/front-desk").then((r) => r.json()).then(setRows)
  }, [])
  return (
    <main className="p-6">
      <h2 className="text-xl font-semibold">Front Desk Queue</h2>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.guestName}</td>
              <td>{row.room}</td>
              <td>{row.subject}</td>
              <td>{row.priority}</td>
              <td>{row.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
