"use client"

import { useState } from "react"
import { PupilProfile } from "@/components/pupil-card"

const sample = {
  fullName: "Mira Holt",
  email: "mira@example.org",
  phone: "+44 20 0000 0000",
  level: "Grade 3",
  joined: "2024-09-02",
  lessonsTaken: 18,
  guardian: "Anna Holt",
}

export default function PupilPage() {
  const [shown] = useState(sample)
  return (
    <main>
      <h1>Pupil profile</h1>
      <PupilProfile student={shown} />
    </main>
  )
}
