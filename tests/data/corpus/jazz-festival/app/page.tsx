import { CalendarDays, Clock, MapPin, Music, Users } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { RegisterDialog } from "@/components/register-dialog"

type Concert = {
  slug: string
  title: string
  artist: string
  date: string
  time: string
  venue: string
  capacity: number
  genre: string
}

const concerts: Concert[] = [
  {
    slug: "opening-night",
    title: "Opening Night: Blue Harbor Quintet",
    artist: "Blue Harbor Quintet",
    date: "2025-07-10",
    time: "19:30",
    venue: "Harbor Stage",
    capacity: 800,
    genre: "Hard bop",
  },
  {
    slug: "late-night-sessions",
    title: "Late Night Sessions",
    artist: "Mira Okafor Trio",
    date: "2025-07-11",
    time: "22:00",
    venue: "The Cellar Club",
    capacity: 120,
    genre: "Piano trio",
  },
  {
    slug: "big-band-sunday",
    title: "Big Band Sunday",
    artist: "City Youth Jazz Orchestra",
    date: "2025-07-13",
    time: "15:00",
    venue: "Riverside Park Bandshell",
    capacity: 1500,
    genre: "Swing",
  },
  {
    slug: "vocal-masterclass",
    title: "Vocal Masterclass with Elena Ruiz",
    artist: "Elena Ruiz",
    date: "2025-07-12",
    time: "11:00",
    venue: "Conservatory Hall B",
    capacity: 40,
    genre: "Workshop",
  },
]

function formatDate(iso: string) {
  return new Date(iso).toLocaleDateString("en-US", { weekday: "short", month: "long", day: "numeric" })
}

export default function FestivalPage() {
  return (
    <main className="min-h-screen bg-zinc-950 text-zinc-50">
      <section className="container py-20 text-center">
        <Music className="mx-auto mb-6 h-12 w-12 text-amber-400" />
        <h1 className="text-5xl font-bold tracking-tight">Harborfront Jazz Festival 2025</h1>
        <p className="mt-4 text-lg text-zinc-400">Four days of live jazz by the water · July 10–13</p>
      </section>
      <section className="container pb-24">
        <h2 className="mb-8 text-2xl font-semibold">Program</h2>
        <div className="grid gap-6 md:grid-cols-2">
          {concerts.map((concert) => (
            <Card key={concert.slug} className="border-zinc-800 bg-zinc-900 text-zinc-50">
              <CardHeader>
                <div className="flex items-center justify-between">
                  <Badge variant="secondary">{concert.genre}</Badge>
                  <span className="flex items-center gap-1 text-xs text-zinc-400">
                    <Users className="h-3 w-3" /> {concert.capacity} seats
                  </span>
                </div>
                <CardTitle className="mt-2">{concert.title}</CardTitle>
                <CardDescription>{concert.artist}</CardDescription>
              </CardHeader>
              <CardContent className="space-y-2 text-sm text-zinc-300">
                <p className="flex items-center gap-2">
                  <CalendarDays className="h-4 w-4" /> {formatDate(concert.date)}
                </p>
                <p className="flex items-center gap-2">
                  <Clock className="h-4 w-4" /> {concert.time}
                </p>
                <p className="flex items-center gap-2">
                  <MapPin className="h-4 w-4" /> {concert.venue}
                </p>
              </CardContent>
              <CardFooter>
                <RegisterDialog concertSlug={concert.slug} concertTitle={concert.title} />
              </CardFooter>
            </Card>
          ))}
        </div>
      </section>
    </main>
  )
}
