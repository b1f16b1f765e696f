import Image from "next/image"
import { MapPin, Phone, Clock } from "lucide-react"
import { MenuSection } from "@/components/menu-section"
import { ReservationForm } from "@/components/reservation-form"

export default function Page() {
  return (
    <main className="bg-[#fbf7f0] text-stone-900">
      <section className="relative h-[70vh]">
        <Image src="/hero-trattoria.jpg" alt="Dining room" fill className="object-cover brightness-50" priority />
        <div className="absolute inset-0 flex flex-col items-center justify-center text-center text-white">
          <h1 className="font-serif text-6xl">Trattoria da Lucia</h1>
          <p className="mt-4 text-xl">Handmade pasta · Natural wines · Since 1987</p>
          <a href="#reserve" className="mt-8 rounded-full bg-white px-8 py-3 font-medium text-stone-900">
            Reserve a table
          </a>
        </div>
      </section>
      <MenuSection />
      <section id="reserve" className="mx-auto max-w-4xl px-6 py-20">
        <div className="grid gap-12 md:grid-cols-2">
          <div className="space-y-4">
            <h2 className="font-serif text-4xl">Reserve a table</h2>
            <p className="text-stone-600">
              We hold tables for 15 minutes. For parties larger than 8, please call us.
            </p>
            <p className="flex items-center gap-2"><MapPin className="h-4 w-4" /> Via dei Serpenti 42, Roma</p>
            <p className="flex items-center gap-2"><Phone className="h-4 w-4" /> +39 06 555 0123</p>
            <p className="flex items-center gap-2"><Clock className="h-4 w-4" /> Tue–Sun, 12:00–15:00 · 19:00–23:00</p>
          </div>
          <ReservationForm />
        </div>
      </section>
    </main>
  )
}
