"use client"

import { useState } from "react"

export function StaffCourse() {
  const [course, setCourse] = useState({ title: "", when: "", seats: "" })
  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/staff-courses", { method: "POST", body: JSON.stringify(course) })
  }
  return (
    <form onSubmit={save}>
      <h2>New staff course</h2>
      <label htmlFor="title">Course title</label>
      <input id="title" value={course.title} onChange={(e) => setCourse({ ...course, title: e.target.value })} />
      <label htmlFor="when">Scheduled date</label>
      <input id="when" type="date" value={course.when} onChange={(e) => setCourse({ ...course, when: e.target.value })} />
      <label htmlFor="seats">Most participants</label>
      <input id="seats" type="number" value={course.seats} onChange={(e) => setCourse({ ...course, seats: e.target.value })} />
      <button type="submit">Save course</button>
    </form>
  )
}
