"use client"

import { useEffect, useState } from "react"

type Visit = { id: string; clientName: string; service: string; date: string; time: string; status: string }

export default function DeskAgenda() {
  const [visits, setVisits] = useState<Visit[]>([])

  useEffect(() => {
    fetch("/api/visits").then((r) => r.json()).then(setVisits)
  }, [])

  return (
    <main className="space-y-6">
      <h2 className="font-medium">Appointments</h2>
      <table className="hidden md:table">
        <tbody>
          {visits.map((visit) => (
            <tr key={visit.id}>
              <td>{visit.date}</td>
              <td>{visit.time}</td>
              <td>{visit.clientName}</td>
              <td>{visit.service}</td>
              <td>{visit.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="md:hidden">On your phone</h3>
      <div className="md:hidden">
        {visits.map((visit) => (
          <div key={visit.id}>
            {visit.date} {visit.time} · {visit.clientName} · {visit.service} · {visit.status}
          </div>
        ))}
      </div>
    </main>
  )
}
