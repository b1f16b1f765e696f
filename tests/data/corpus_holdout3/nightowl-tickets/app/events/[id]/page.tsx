import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { ArrowLeft, Calendar, Clock, MapPin } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { SiteFooter } from "@/components/site-footer"
import { SiteHeader } from "@/components/site-header"
import { TicketSelector } from "@/components/ticket-selector"
import { events, getEvent } from "@/lib/events"
import { formatDate } from "@/lib/utils"

export function generateStaticParams() {
  return events.map((event) => ({ id: event.id }))
}

export default function EventPage({ params }: { params: { id: string } }) {
  const event = getEvent(params.id)
  if (!event) notFound()

  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="container flex-1 py-10">
        <Link href="/" className="mb-6 inline-flex items-center gap-2 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft className="h-4 w-4" />
          All events
        </Link>
        <div className="grid gap-10 lg:grid-cols-[1fr_380px]">
          <div className="space-y-6">
            <div className="relative aspect-video overflow-hidden rounded-xl">
              <Image src={event.image || "/placeholder.svg"} alt={event.title} fill className="object-cover" />
            </div>
            <div className="space-y-2">
              <Badge>{event.category}</Badge>
              <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{event.title}</h1>
              <p className="text-lg text-muted-foreground">{event.artist}</p>
            </div>
            <div className="grid gap-4 rounded-lg border p-4 text-sm sm:grid-cols-3">
              <div className="flex items-center gap-2">
                <Calendar className="h-4 w-4 text-primary" />
                {formatDate(event.date)}
              </div>
              <div className="flex items-center gap-2">
                <Clock className="h-4 w-4 text-primary" />
                Doors {event.time}
              </div>
              <div className="flex items-center gap-2">
                <MapPin className="h-4 w-4 text-primary" />
                {event.venue}, {event.city}
              </div>
            </div>
            <div>
              <h2 className="mb-2 text-xl font-semibold">About this event</h2>
              <p className="leading-relaxed text-muted-foreground">{event.description}</p>
            </div>
          </div>
          <TicketSelector event={event} />
        </div>
      </main>
      <SiteFooter />
    </div>
  )
}
