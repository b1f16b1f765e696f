import { Badge } from "@/components/ui/badge"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

const appointments = [
  { id: 1, patient: "Lena Fischer", doctor: "Dr. Naomi Hale", date: "2025-02-10", time: "09:00", status: "confirmed" },
  { id: 2, patient: "Omar Haddad", doctor: "Dr. Kwabena Osei", date: "2025-02-10", time: "14:30", status: "pending" },
  { id: 3, patient: "Chloé Martin", doctor: "Dr. Erik Lind", date: "2025-02-11", time: "10:00", status: "cancelled" },
]

export default function Dashboard() {
  return (
    <Card className="m-8">
      <CardHeader><CardTitle>Today&apos;s schedule</CardTitle></CardHeader>
      <CardContent className="divide-y">
        {appointments.map((a) => (
          <div key={a.id} className="flex items-center justify-between py-3">
            <div>
              <p className="font-medium">{a.patient}</p>
              <p className="text-sm text-muted-foreground">{a.doctor} · {a.date} {a.time}</p>
            </div>
            <Badge variant={a.status === "cancelled" ? "destructive" : "secondary"}>{a.status}</Badge>
          </div>
        ))}
      </CardContent>
    </Card>
  )
}
