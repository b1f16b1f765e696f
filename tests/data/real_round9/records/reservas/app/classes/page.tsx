"use client"
// The cooking school's timetable: sessions at set hours and workshops with places left.
import { useEffect, useState } from "react"

export default function Classes() {
  const [sessions, setSessions] = useState<any[]>([])
  const [workshops, setWorkshops] = useState<any[]>([])
  useEffect(() => {
    fetch("/api/sessions").then((r) => r.json()).then(setSessions)
    fetch("/api/workshops").then((r) => r.json()).then(setWorkshops)
  }, [])
  return (
    <main>
      <h1>This week</h1>
      {sessions.map((session) => (
        <div key={session.id}>
          <p>{session.date}</p>
          <p>{session.startTime}</p>
          <p>{session.instructor}</p>
          <p>{session.status}</p>
        </div>
      ))}
      <h2>Weekend workshops</h2>
      {workshops.map((w) => (
        <div key={w.id}>
          <p>{w.date}</p>
          <p>{w.time}</p>
          <p>{w.chef}</p>
          <p>{w.status}</p>
          <p>{w.capacity}</p>
        </div>
      ))}
    </main>
  )
}
