"use client"

import { useState } from "react"

export default function SponsorPortal() {
  const [teamMembers] = useState([
    { id: "m1", name: "Dr. Olga Brandt", designation: "Lead Investigator", phone: "+49 30 5550101", email: "o.brandt@example.org" },
    { id: "m2", name: "Mr. Tomas Ruiz", designation: "Study Coordinator", phone: "+34 91 5550102", email: "t.ruiz@example.org" },
    { id: "m3", name: "Ms. Aiko Mori", designation: "Data Manager", phone: "+81 3 5550103", email: "a.mori@example.org" },
  ])

  return (
    <main>
      <h1>Sponsor portal</h1>
      <h2>People on this study</h2>
      <ul>
        {teamMembers.map((m) => (
          <li key={m.id}>
            {m.name} · {m.designation} · {m.email} · {m.phone}
          </li>
        ))}
      </ul>
    </main>
  )
}
