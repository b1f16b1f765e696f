import { CalendarDays, MapPin, Users } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Schedule } from "@/components/schedule"
import { Speakers } from "@/components/speakers"
import { TicketTiers } from "@/components/ticket-tiers"

export default function ConferencePage() {
  return (
    <main>
      <section className="bg-gradient-to-br from-indigo-700 to-fuchsia-600 py-28 text-white">
        <div className="container space-y-6">
          <p className="font-mono text-sm uppercase tracking-widest text-indigo-200">The frontend conference</p>
          <h1 className="text-6xl font-black tracking-tight">EdgeConf 2025</h1>
          <div className="flex flex-wrap gap-6 text-lg">
            <span className="flex items-center gap-2"><CalendarDays className="h-5 w-5" /> September 18–19, 2025</span>
            <span className="flex items-center gap-2"><MapPin className="h-5 w-5" /> Kulturbrauerei, Berlin</span>
            <span className="flex items-center gap-2"><Users className="h-5 w-5" /> 1,200 attendees</span>
          </div>
          <Button size="lg" variant="secondary" asChild>
            <a href="#tickets">Get your ticket</a>
          </Button>
        </div>
      </section>
      <Speakers />
      <Schedule />
      <TicketTiers />
    </main>
  )
}
