import { Scissors, Clock } from "lucide-react"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { BookingForm } from "@/components/booking-form"
import { services } from "@/lib/services"

export default function SalonPage() {
  return (
    <main className="min-h-screen bg-stone-50">
      <section className="container py-16 text-center">
        <Scissors className="mx-auto h-10 w-10 text-rose-600" />
        <h1 className="mt-4 text-4xl font-semibold">Atelier Rosa Hair Studio</h1>
        <p className="mt-2 text-stone-600">Calm space, sharp cuts. Book online in under a minute.</p>
      </section>
      <section className="container grid gap-6 pb-12 md:grid-cols-3">
        {services.map((service) => (
          <Card key={service.id}>
            <CardHeader>
              <CardTitle className="flex items-center justify-between">
                {service.name}
                <span className="text-rose-600">${service.price}</span>
              </CardTitle>
            </CardHeader>
            <CardContent className="space-y-2 text-sm text-stone-600">
              <p>{service.description}</p>
              <p className="flex items-center gap-1">
                <Clock className="h-4 w-4" /> {service.durationMinutes} min
              </p>
            </CardContent>
          </Card>
        ))}
      </section>
      <section id="book" className="container pb-24">
        <BookingForm />
      </section>
    </main>
  )
}
