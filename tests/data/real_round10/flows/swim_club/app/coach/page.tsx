"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"

type Lap = { id: string; swimmer: string; seconds: number }
type Meet = { id: string; title: string }

export default function CoachPage({ meets }: { meets: Meet[] }) {
  const [meet, setMeet] = useState({ title: "", venue: "", notes: "" })
  const [lap, setLap] = useState({ swimmer: "", seconds: 0 })
  const [laps, setLaps] = useState<Lap[]>([])
  const [feedback, setFeedback] = useState<Record<string, string>>({})

  const handleCreateMeet = async () => {
    await fetch("/api/meets", { method: "POST", body: JSON.stringify(meet) })
  }
  const handleAddLap = async () => {
    await fetch("/api/laps", { method: "POST", body: JSON.stringify(lap) })
    setLaps([...laps, { id: String(laps.length + 1), ...lap }])
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>Plan a Meet</CardTitle>
        </CardHeader>
        <CardContent>
          <Input id="meet-title" placeholder="Meet name" value={meet.title} onChange={(e) => setMeet({ ...meet, title: e.target.value })} />
          <Input id="meet-venue" placeholder="Pool" value={meet.venue} onChange={(e) => setMeet({ ...meet, venue: e.target.value })} />
          <Textarea id="meet-notes" placeholder="Notes" value={meet.notes} onChange={(e) => setMeet({ ...meet, notes: e.target.value })} />
          <Button onClick={handleCreateMeet}>Create Meet</Button>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Record Lap Times</CardTitle>
        </CardHeader>
        <CardContent>
          <Input id="swimmer" placeholder="Swimmer" value={lap.swimmer} onChange={(e) => setLap({ ...lap, swimmer: e.target.value })} />
          <Input id="seconds" type="number" placeholder="Seconds" value={lap.seconds} onChange={(e) => setLap({ ...lap, seconds: Number(e.target.value) })} />
          <Button onClick={handleAddLap}>Add Time</Button>
          <div>
            <h4>Times so far</h4>
            {laps.map((l) => (
              <p key={l.id}>
                {l.swimmer}: {l.seconds}s
              </p>
            ))}
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Swimmers' feedback</CardTitle>
        </CardHeader>
        <CardContent>
          {meets.map((m) => (
            <div key={m.id}>
              <p>{m.title}</p>
              <Textarea value={feedback[m.id] || ""} onChange={(e) => setFeedback({ ...feedback, [m.id]: e.target.value })} />
              <Button onClick={() => alert(`Thanks for your words on ${m.title}`)}>Send feedback</Button>
            </div>
          ))}
        </CardContent>
      </Card>
    </div>
  )
}
