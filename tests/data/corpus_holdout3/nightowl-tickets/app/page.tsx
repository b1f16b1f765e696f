"use client"

import { useMemo, useState } from "react"
import Image from "next/image"
import Link from "next/link"
import { Calendar, MapPin, Search } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs"
import { EventCard } from "@/components/event-card"
import { SiteFooter } from "@/components/site-footer"
import { SiteHeader } from "@/components/site-header"
import { categories, events, venues } from "@/lib/events"
import { formatDate } from "@/lib/utils"

export default function Home() {
  const [query, setQuery] = useState("")
  const [category, setCategory] = useState<string>("All")
  const featured = events.find((event) => event.featured) ?? events[0]

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase()
    return events.filter((event) => {
      const matchesCategory = category === "All" || event.category === category
      const matchesQuery =
        !q ||
        event.title.toLowerCase().includes(q) ||
        event.artist.toLowerCase().includes(q) ||
        event.venue.toLowerCase().includes(q)
      return matchesCategory && matchesQuery
    })
  }, [query, category])

  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="flex-1">
        <section className="relative overflow-hidden bg-black text-white">
          <Image
            src={featured.image || "/placeholder.svg"}
            alt={featured.title}
            fill
            className="object-cover opacity-40"
            priority
          />
          <div className="container relative py-24 md:py-32">
            <Badge className="mb-4">Featured</Badge>
            <h1 className="max-w-2xl text-4xl font-bold tracking-tight md:text-6xl">{featured.title}</h1>
            <div className="mt-4 flex flex-wrap gap-4 text-white/80">
              <span className="flex items-center gap-2">
                <Calendar className="h-4 w-4" />
                {formatDate(featured.date)}
              </span>
              <span className="flex items-center gap-2">
                <MapPin className="h-4 w-4" />
                {featured.venue}, {featured.city}
              </span>
            </div>
            <Button asChild size="lg" className="mt-8">
              <Link href={`/events/${featured.id}`}>Get Tickets</Link>
            </Button>
          </div>
        </section>

        <section className="container py-12">
          <div className="mb-6 flex flex-col justify-between gap-4 md:flex-row md:items-center">
            <div>
              <h2 className="text-3xl font-bold tracking-tight">Upcoming Events</h2>
              <p className="text-muted-foreground">The best live shows in LA, all in one place.</p>
            </div>
            <div className="relative w-full md:w-80">
              <Search className="absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted-foreground" />
              <Input
                placeholder="Search events, artists, venues..."
                className="pl-9"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
          </div>
          <Tabs value={category} onValueChange={setCategory} className="mb-8">
            <TabsList>
              {categories.map((c) => (
                <TabsTrigger key={c} value={c}>
                  {c}
                </TabsTrigger>
              ))}
            </TabsList>
          </Tabs>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {filtered.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </div>
          {filtered.length === 0 && (
            <p className="py-12 text-center text-muted-foreground">No events match your search.</p>
          )}
        </section>

        <section className="bg-muted/50 py-12">
          <div className="container">
            <h2 className="mb-6 text-3xl font-bold tracking-tight">Popular Venues</h2>
            <div className="grid gap-6 md:grid-cols-3">
              {venues.map((venue) => (
                <Card key={venue.name} className="overflow-hidden">
                  <div className="relative aspect-[4/3]">
                    <Image src={venue.image || "/placeholder.svg"} alt={venue.name} fill className="object-cover" />
                  </div>
                  <CardHeader>
                    <CardTitle>{venue.name}</CardTitle>
                    <CardDescription>
                      {venue.city} · {venue.capacity.toLocaleString()} capacity
                    </CardDescription>
                  </CardHeader>
                </Card>
              ))}
            </div>
          </div>
        </section>
      </main>
      <SiteFooter />
    </div>
  )
}
