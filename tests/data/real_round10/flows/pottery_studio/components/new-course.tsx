"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

export function NewCourse() {
  const [course, setCourse] = useState({ label: "", target_role: "", scheduled_date: "", seats: 8 })
  const create = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/courses", { method: "POST", body: JSON.stringify(course) })
  }
  return (
    <form onSubmit={create}>
      <h2>New Glazing Course</h2>
      <Input id="label" placeholder="Course name" value={course.label} onChange={(e) => setCourse({ ...course, label: e.target.value })} />
      <Select value={course.target_role} onValueChange={(v) => setCourse({ ...course, target_role: v })}>
        <SelectTrigger id="target_role"><SelectValue placeholder="For which level" /></SelectTrigger>
        <SelectContent>
          <SelectItem value="beginner">Beginners</SelectItem>
          <SelectItem value="teacher">Teachers</SelectItem>
        </SelectContent>
      </Select>
      <label htmlFor="scheduled_date">Scheduled date</label>
      <Input id="scheduled_date" type="date" value={course.scheduled_date} onChange={(e) => setCourse({ ...course, scheduled_date: e.target.value })} />
      <Input id="seats" type="number" value={course.seats} onChange={(e) => setCourse({ ...course, seats: Number(e.target.value) })} />
      <Button type="submit">Create Course</Button>
    </form>
  )
}
