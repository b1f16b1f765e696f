"use client"

import { useEffect, useState } from "react"

type ChartNote = { id: string; patient: string; doctor: string; visit_date: string; diagnosis: string }

export default function RecordsPage() {
  const [notes, setNotes] = useState<ChartNote[]>([])

  useEffect(() => {
    fetch("/api/records").then((r) => r.json()).then(setNotes)
  }, [])

  return (
    <div>
      <h1>Chart notes</h1>
      <table>
        <tbody>
          {notes.map((note) => (
            <tr key={note.id}>
              <td>{note.patient}</td>
              <td>{note.doctor}</td>
              <td>{note.visit_date}</td>
              <td>{note.diagnosis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
