"use client"

import { useMemo, useState } from "react"
import { addHours, format, setHours, startOfDay } from "date-fns"
import { Button } from "@/components/ui/button"
import { Calendar } from "@/components/ui/calendar"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group"
import { cn } from "@/lib/utils"
import { openingHours, rooms } from "./rooms"

// Hours already taken, as returned by the availability endpoint.
const busy: Record<string, number[]> = { fjord: [9, 10, 14], pine: [12], aurora: [] }

export function RoomBooker() {
  const [roomId, setRoomId] = useState(rooms[0].id)
  const [day, setDay] = useState<Date | undefined>(new Date())
  const [startHour, setStartHour] = useState<number | null>(null)
  const [hours, setHours_] = useState("1")
  const [done, setDone] = useState(false)

  const slots = useMemo(() => {
    const all: number[] = []
    for (let h = openingHours.start; h < openingHours.end; h++) all.push(h)
    return all
  }, [])

  const room = rooms.find((r) => r.id === roomId)!

  async function book() {
    if (!day || startHour === null) return
    const start = setHours(startOfDay(day), startHour)
    const res = await fetch("/api/book", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ roomId, start: start.toISOString(), end: addHours(start, Number(hours)).toISOString() }),
    })
    if (res.ok) setDone(true)
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Book a room</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-8 md:grid-cols-[auto_1fr]">
        <Calendar mode="single" selected={day} onSelect={setDay} disabled={{ dayOfWeek: [0] }} />
        <div className="space-y-5">
          <div className="space-y-2">
            <Label>Room</Label>
            <ToggleGroup type="single" value={roomId} onValueChange={(v) => v && setRoomId(v)} className="justify-start">
              {rooms.map((r) => (
                <ToggleGroupItem key={r.id} value={r.id}>{r.name}</ToggleGroupItem>
              ))}
            </ToggleGroup>
          </div>
          <div className="space-y-2">
            <Label>Start time</Label>
            <div className="grid grid-cols-4 gap-2">
              {slots.map((h) => {
                const taken = busy[roomId]?.includes(h)
                return (
                  <Button
                    key={h}
                    variant={startHour === h ? "default" : "outline"}
                    size="sm"
                    disabled={taken}
                    className={cn(taken && "line-through")}
                    onClick={() => setStartHour(h)}
                  >
                    {String(h).padStart(2, "0")}:00
                  </Button>
                )
              })}
            </div>
          </div>
          <div className="space-y-2">
            <Label htmlFor="duration">Duration</Label>
            <Select value={hours} onValueChange={setHours_}>
              <SelectTrigger id="duration" className="w-40"><SelectValue /></SelectTrigger>
              <SelectContent>
                <SelectItem value="1">1 hour</SelectItem>
                <SelectItem value="2">2 hours</SelectItem>
                <SelectItem value="4">Half day (4h)</SelectItem>
                <SelectItem value="8">Full day (8h)</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="flex items-center justify-between border-t pt-4">
            <span className="text-sm text-muted-foreground">
              {day ? format(day, "EEE d MMM") : "Pick a day"} · {room.name} · ${room.hourlyRate * Number(hours)}
            </span>
            <Button onClick={book} disabled={!day || startHour === null}>Book now</Button>
          </div>
          {done && <p className="text-sm text-green-700">Booked! Check your email for the door code.</p>}
        </div>
      </CardContent>
    </Card>
  )
}
