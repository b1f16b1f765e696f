export interface Webinar {
  id: string
  topic: string
  host: string
  startsAt: string
  durationMin: number
  seats: number
  platform: "Zoom" | "YouTube Live"
}

export const upcoming: Webinar[] = [
  { id: "w-101", topic: "Pricing experiments that actually move revenue", host: "Dana Ortiz", startsAt: "2025-03-04T17:00:00Z", durationMin: 45, seats: 500, platform: "Zoom" },
  { id: "w-102", topic: "From spreadsheet to data warehouse in a weekend", host: "Felix Brandt", startsAt: "2025-03-18T17:00:00Z", durationMin: 60, seats: 300, platform: "Zoom" },
  { id: "w-103", topic: "Live teardown: your onboarding emails", host: "Mei Chen", startsAt: "2025-04-01T16:00:00Z", durationMin: 50, seats: 1000, platform: "YouTube Live" },
]
