import Image from "next/image"
import Link from "next/link"
import { Calendar, Clock, MapPin } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter } from "@/components/ui/card"
import type { Event } from "@/lib/events"
import { formatDate, formatPrice } from "@/lib/utils"

export function EventCard({ event }: { event: Event }) {
  const sellingFast = event.ticketsLeft < 50

  return (
    <Card className="group overflow-hidden">
      <div className="relative aspect-video overflow-hidden">
        <Image
          src={event.image || "/placeholder.svg"}
          alt={event.title}
          fill
          className="object-cover transition-transform duration-300 group-hover:scale-105"
        />
        <Badge className="absolute left-3 top-3">{event.category}</Badge>
        {sellingFast && (
          <Badge variant="destructive" className="absolute right-3 top-3">
            Only {event.ticketsLeft} left
          </Badge>
        )}
      </div>
      <CardContent className="space-y-2 p-4">
        <h3 className="line-clamp-1 text-lg font-semibold">{event.title}</h3>
        <p className="text-sm text-muted-foreground">{event.artist}</p>
        <div className="space-y-1 text-sm text-muted-foreground">
          <div className="flex items-center gap-2">
            <Calendar className="h-4 w-4" />
            {formatDate(event.date)}
          </div>
          <div className="flex items-center gap-2">
            <Clock className="h-4 w-4" />
            {event.time}
          </div>
          <div className="flex items-center gap-2">
            <MapPin className="h-4 w-4" />
            {event.venue}, {event.city}
          </div>
        </div>
      </CardContent>
      <CardFooter className="flex items-center justify-between p-4 pt-0">
        <span className="font-semibold">From {formatPrice(event.price)}</span>
        <Button asChild size="sm">
          <Link href={`/events/${event.id}`}>Get Tickets</Link>
        </Button>
      </CardFooter>
    </Card>
  )
}
