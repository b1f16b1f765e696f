import Link from "next/link"
import { Badge } from "@/components/ui/badge"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { myTickets } from "@/lib/tickets"

const priorityColor = {
  low: "bg-slate-100 text-slate-700",
  normal: "bg-blue-100 text-blue-700",
  high: "bg-orange-100 text-orange-700",
  urgent: "bg-red-100 text-red-700",
} as const

export default function MyRequestsPage() {
  return (
    <div className="container max-w-3xl py-12">
      <Card>
        <CardHeader>
          <CardTitle>My requests</CardTitle>
        </CardHeader>
        <CardContent className="divide-y">
          {myTickets.map((ticket) => (
            <Link key={ticket.id} href={`/tickets/${ticket.id}`} className="flex items-center justify-between py-4">
              <div>
                <p className="font-medium">{ticket.subject}</p>
                <p className="text-sm text-muted-foreground">
                  {ticket.id} · updated {ticket.updated}
                </p>
              </div>
              <div className="flex gap-2">
                <span className={`rounded px-2 py-0.5 text-xs ${priorityColor[ticket.priority]}`}>{ticket.priority}</span>
                <Badge variant={ticket.status === "resolved" ? "secondary" : "default"}>{ticket.status}</Badge>
              </div>
            </Link>
          ))}
        </CardContent>
      </Card>
    </div>
  )
}
