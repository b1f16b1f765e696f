"use client"

import { Button } from "@/components/ui/button"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Textarea } from "@/components/ui/textarea"

export default function ReceptionPage() {
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Reception greeting</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          <Label htmlFor="greeter">Greeter name</Label>
          <Input id="greeter" defaultValue="Mira" />
          <Label htmlFor="greeting">Opening line</Label>
          <Textarea id="greeting" defaultValue="Welcome to Luma Spa, how can we pamper you today?" />
          <Button>Save greeting</Button>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Add Treatment Room</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          <Label htmlFor="room-name">Room name</Label>
          <Input id="room-name" placeholder="Lotus" />
          <Label htmlFor="room-beds">Beds</Label>
          <Input id="room-beds" type="number" placeholder="2" />
          <Button>Save room</Button>
        </CardContent>
      </Card>
    </div>
  )
}
