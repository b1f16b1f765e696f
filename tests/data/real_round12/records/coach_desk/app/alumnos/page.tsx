"use client"

import { useEffect, useState } from "react"
import { createClient } from "@supabase/supabase-js"

const db = createClient("https://example.supabase.co", "public-anon-key")

export default function Roster() {
  const [students, setStudents] = useState<any[]>([])

  useEffect(() => {
    db.from("students")
      .select("id, full_name, goal")
      .then(({ data }) => setStudents(data ?? []))
  }, [])

  return (
    <div>
      <h1>Mis alumnos</h1>
      <ul>
        {students.map((s) => (
          <li key={s.id}>
            {s.full_name} · {s.goal}
          </li>
        ))}
      </ul>
    </div>
  )
}
