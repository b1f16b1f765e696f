import { Calendar, Clock, Users, Video } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card"
import { RsvpForm } from "@/components/rsvp-form"
import { upcoming } from "@/lib/webinars"

const fmt = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" })

export default function Page() {
  return (
    <main className="mx-auto max-w-4xl space-y-10 px-6 py-16">
      <header className="space-y-3">
        <Badge variant="outline">Free live sessions</Badge>
        <h1 className="text-4xl font-bold tracking-tight">Growth Sessions</h1>
        <p className="text-muted-foreground">Monthly 45-minute webinars with operators who have done it.</p>
      </header>
      <div className="space-y-6">
        {upcoming.map((w) => (
          <Card key={w.id}>
            <CardHeader>
              <CardTitle>{w.topic}</CardTitle>
              <CardDescription>with {w.host}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-6 md:grid-cols-2">
              <ul className="space-y-2 text-sm">
                <li className="flex items-center gap-2"><Calendar className="h-4 w-4" /> {fmt.format(new Date(w.startsAt))} UTC</li>
                <li className="flex items-center gap-2"><Clock className="h-4 w-4" /> {w.durationMin} minutes</li>
                <li className="flex items-center gap-2"><Video className="h-4 w-4" /> {w.platform}</li>
                <li className="flex items-center gap-2"><Users className="h-4 w-4" /> {w.seats} seats</li>
              </ul>
              <RsvpForm webinarId={w.id} />
            </CardContent>
          </Card>
        ))}
      </div>
    </main>
  )
}
