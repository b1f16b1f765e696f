"use client"

import { useEffect, useState } from "react"

type Coach = { id: string; full_name: string; email: string; classes: number; shift: string }

export default function StudioCoaches() {
  const [coaches, setCoaches] = useState<Coach[]>([])

  useEffect(() => {
    fetch("/api/coaches").then((r) => r.json()).then(setCoaches)
  }, [])

  return (
    <div>
      <h1>Our coaches</h1>
      <ul>
        {coaches.map((coach) => (
          <li key={coach.id}>
            {coach.full_name} · {coach.email} · {coach.classes} classes · {coach.shift}
          </li>
        ))}
      </ul>
    </div>
  )
}
