"use client"

import { Button } from "@/components/ui/button"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { Textarea } from "@/components/ui/textarea"

export function ApplyForm({ rooms }: { rooms: { value: string; label: string }[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Reserve your spot</CardTitle>
      </CardHeader>
      <CardContent>
        <form action="https://formspree.io/f/mzbnqkpl" method="POST" className="space-y-4">
          <div className="space-y-2">
            <Label htmlFor="fullName">Full name</Label>
            <Input id="fullName" name="fullName" required />
          </div>
          <div className="space-y-2">
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" required />
          </div>
          <div className="space-y-2">
            <Label>Room</Label>
            <RadioGroup name="room" defaultValue="dorm">
              {rooms.map((r) => (
                <div key={r.value} className="flex items-center gap-2">
                  <RadioGroupItem value={r.value} id={r.value} />
                  <Label htmlFor={r.value}>{r.label}</Label>
                </div>
              ))}
            </RadioGroup>
          </div>
          <div className="space-y-2">
            <Label htmlFor="surf">Surf experience</Label>
            <Textarea id="surf" name="surf" placeholder="Never surfed? Perfect." />
          </div>
          <p className="text-xs text-muted-foreground">A 30% deposit secures your room. We&apos;ll send a payment link once we confirm.</p>
          <Button type="submit" className="w-full">Send application</Button>
        </form>
      </CardContent>
    </Card>
  )
}
