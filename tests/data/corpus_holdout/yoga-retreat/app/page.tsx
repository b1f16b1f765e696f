import { CalendarRange, MapPin, Waves } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { ApplyForm } from "@/components/apply-form"

const packages = [
  { slug: "dorm", title: "Shared dorm (4 beds)", pricePerPerson: "€890", left: 6 },
  { slug: "twin", title: "Twin room, shared bath", pricePerPerson: "€1,140", left: 4 },
  { slug: "private", title: "Private ocean-view room", pricePerPerson: "€1,590", left: 1 },
]

export default function RetreatPage() {
  return (
    <main>
      <section className="bg-[url('/retreat/hero.jpg')] bg-cover py-32 text-white">
        <div className="mx-auto max-w-4xl px-6">
          <h1 className="text-5xl font-light">Salt &amp; Breath — Surf + Yoga Retreat</h1>
          <div className="mt-6 flex flex-wrap gap-6">
            <span className="flex items-center gap-2"><CalendarRange className="h-5 w-5" /> May 14 – 18, 2025</span>
            <span className="flex items-center gap-2"><MapPin className="h-5 w-5" /> Ericeira, Portugal</span>
            <span className="flex items-center gap-2"><Waves className="h-5 w-5" /> 16 guests</span>
          </div>
        </div>
      </section>
      <section className="mx-auto max-w-5xl px-6 py-20">
        <h2 className="mb-8 text-3xl font-light">Choose your room</h2>
        <div className="grid gap-6 md:grid-cols-3">
          {packages.map((p) => (
            <Card key={p.slug}>
              <CardHeader><CardTitle className="text-lg">{p.title}</CardTitle></CardHeader>
              <CardContent>
                <p className="text-2xl">{p.pricePerPerson}<span className="text-sm"> / person</span></p>
                <p className="text-sm text-muted-foreground">{p.left} left</p>
              </CardContent>
              <CardFooter>
                <Button variant="outline" className="w-full" asChild>
                  <a href="#apply">Pick this room</a>
                </Button>
              </CardFooter>
            </Card>
          ))}
        </div>
      </section>
      <section id="apply" className="mx-auto max-w-xl px-6 pb-24">
        <ApplyForm rooms={packages.map((p) => ({ value: p.slug, label: p.title }))} />
      </section>
    </main>
  )
}
