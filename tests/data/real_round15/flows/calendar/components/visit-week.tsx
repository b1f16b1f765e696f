"use client"

import { Card, CardHeader, CardTitle, CardContent } from "@/components/ui/card"

type Visit = { id: string; day: string; hour: string; patientName: string }

// a therapist's week: each day's column lists who comes at what hour
export function VisitWeek({ visits, from }: { visits: Visit[]; from: Date }) {
  const monday = new Date(from)
  monday.setDate(from.getDate() - ((from.getDay() + 6) % 7))
  const days = Array.from({ length: 7 }, (_, i) => {
    const d = new Date(monday)
    d.setDate(monday.getDate() + i)
    return d.toISOString().slice(0, 10)
  })
  return (
    <Card>
      <CardHeader>
        <CardTitle>Week of visits</CardTitle>
      </CardHeader>
      <CardContent className="grid grid-cols-7 gap-1">
        {days.map((day) => (
          <div key={day}>
            <span>{day}</span>
            {visits
              .filter((v) => v.day === day)
              .map((v) => (
                <div key={v.id}>
                  <strong>{v.patientName}</strong> <small>{v.hour}</small>
                </div>
              ))}
          </div>
        ))}
      </CardContent>
    </Card>
  )
}
