import { Users, Wifi } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { RoomBooker } from "@/components/room-booker"
import { rooms } from "@/components/rooms"

export default function Page() {
  return (
    <main className="container space-y-12 py-12">
      <div>
        <h1 className="text-4xl font-bold">Nordhaus Coworking</h1>
        <p className="flex items-center gap-2 text-muted-foreground"><Wifi className="h-4 w-4" /> Rooms by the hour, no membership needed.</p>
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        {rooms.map((room) => (
          <Card key={room.id}>
            <CardHeader>
              <CardTitle>{room.name}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-3">
              <p className="flex items-center gap-2 text-sm"><Users className="h-4 w-4" /> Up to {room.seats} people</p>
              <p className="text-2xl font-semibold">${room.hourlyRate}<span className="text-sm font-normal"> / hour</span></p>
              <div className="flex flex-wrap gap-1">
                {room.amenities.map((a) => <Badge key={a} variant="secondary">{a}</Badge>)}
              </div>
            </CardContent>
          </Card>
        ))}
      </div>
      <RoomBooker />
    </main>
  )
}
