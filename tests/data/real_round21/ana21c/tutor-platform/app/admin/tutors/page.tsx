"use client"

import { useEffect, useState } from "react"

type Tutor = { id: string; full_name: string; email: string; subject: string; featured: boolean }

export default function TutorsAdmin() {
  const [tutors, setTutors] = useState<Tutor[]>([])

  useEffect(() => {
    fetch("/api/admin/tutors").then((r) => r.json()).then(setTutors)
  }, [])

  return (
    <div>
      <h1>Registered tutors</h1>
      <ul>
        {tutors.map((tutor) => (
          <li key={tutor.id}>
            <strong>{tutor.full_name}</strong> {tutor.email} · {tutor.subject}
            {tutor.featured ? " · on the home page" : ""}
          </li>
        ))}
      </ul>
    </div>
  )
}
