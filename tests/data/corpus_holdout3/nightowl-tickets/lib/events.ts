export type EventCategory = "Concert" | "Comedy" | "Festival" | "Theater"

export interface Event {
  id: string
  title: string
  artist: string
  description: string
  date: string
  time: string
  venue: string
  city: string
  price: number
  image: string
  category: EventCategory
  ticketsLeft: number
  featured?: boolean
}

export const events: Event[] = [
  {
    id: "neon-nights-festival",
    title: "Neon Nights Festival 2025",
    artist: "Various Artists",
    description:
      "Three stages, more than twenty artists and a closing set under the stars. Food trucks, art installations and a silent disco until late.",
    date: "2025-08-22",
    time: "4:00 PM",
    venue: "Echo Park Grounds",
    city: "Los Angeles, CA",
    price: 89,
    image: "/placeholder.svg?height=400&width=600",
    category: "Festival",
    ticketsLeft: 340,
    featured: true,
  },
  {
    id: "midnight-echoes-afterglow",
    title: "The Midnight Echoes: Afterglow Tour",
    artist: "The Midnight Echoes",
    description: "The synth-pop trio brings their new album to the stage for one night only.",
    date: "2025-09-05",
    time: "8:00 PM",
    venue: "The Wiltern",
    city: "Los Angeles, CA",
    price: 55,
    image: "/placeholder.svg?height=400&width=600",
    category: "Concert",
    ticketsLeft: 42,
  },
  {
    id: "laugh-track-live",
    title: "Laugh Track Live",
    artist: "Dana Whitfield",
    description: "An evening of brand-new stand-up from the host of the Laugh Track podcast.",
    date: "2025-09-12",
    time: "7:30 PM",
    venue: "The Comedy Store",
    city: "West Hollywood, CA",
    price: 35,
    image: "/placeholder.svg?height=400&width=600",
    category: "Comedy",
    ticketsLeft: 18,
  },
  {
    id: "jazz-under-the-stars",
    title: "Jazz Under the Stars",
    artist: "Marcus Bell Quartet",
    description: "Bring a blanket and a picnic for a summer evening of classic and modern jazz.",
    date: "2025-09-20",
    time: "7:00 PM",
    venue: "Hollywood Bowl",
    city: "Los Angeles, CA",
    price: 48,
    image: "/placeholder.svg?height=400&width=600",
    category: "Concert",
    ticketsLeft: 610,
  },
  {
    id: "hamlet-reimagined",
    title: "Hamlet, Reimagined",
    artist: "Sunset Repertory Company",
    description: "Shakespeare's tragedy retold in a near-future Los Angeles. Runs 2 hours 40 minutes with one interval.",
    date: "2025-10-02",
    time: "7:30 PM",
    venue: "Geffen Playhouse",
    city: "Los Angeles, CA",
    price: 72,
    image: "/placeholder.svg?height=400&width=600",
    category: "Theater",
    ticketsLeft: 96,
  },
]

export const venues = [
  {
    name: "The Wiltern",
    city: "Los Angeles",
    capacity: 1850,
    image: "/placeholder.svg?height=300&width=400",
  },
  {
    name: "Hollywood Bowl",
    city: "Los Angeles",
    capacity: 17500,
    image: "/placeholder.svg?height=300&width=400",
  },
  {
    name: "The Comedy Store",
    city: "West Hollywood",
    capacity: 450,
    image: "/placeholder.svg?height=300&width=400",
  },
]

export const categories = ["All", "Concert", "Comedy", "Festival", "Theater"] as const

export function getEvent(id: string) {
  return events.find((event) => event.id === id)
}
