"use client"
import { useEffect, useState } from "react"
import FullCalendar from "@fullcalendar/react"
import timeGridPlugin from "@fullcalendar/timegrid"
import { createClient } from "@/lib/supabase/client"

export default function PlanningPage() {
  const [rows, setRows] = useState<{ id: string; starts_at: string; patient: string }[]>([])
  useEffect(() => {
    createClient().from("appointments").select("*").then(({ data }) => setRows(data ?? []))
  }, [])
  const entries = rows.map((r) => ({ id: r.id, title: r.patient, start: r.starts_at }))
  return (
    <div>
      <h2>Planning de la semaine</h2>
      <FullCalendar plugins={[timeGridPlugin]} initialView="timeGridWeek" events={entries} />
    </div>
  )
}
