import type { Metadata } from "next";

import { BookingForm } from "@/components/booking-form";
import { services } from "@/lib/data";
import { formatPrice } from "@/lib/utils";

export const metadata: Metadata = {
  title: "Book a session",
  description: "Book a private wheel lesson, open studio time or a date night at Harbor & Pine Studio.",
};

export default function BookingPage() {
  return (
    <section className="container grid gap-10 py-16 lg:grid-cols-[1fr_480px]">
      <div className="space-y-6">
        <div className="space-y-3">
          <h1 className="font-serif text-4xl font-semibold tracking-tight">Book time at the studio</h1>
          <p className="max-w-xl text-muted-foreground">
            Sessions run Tuesday to Sunday. Cancel or reschedule free of charge up to 48 hours before.
          </p>
        </div>
        <ul className="grid gap-4">
          {services.map((service) => (
            <li key={service.id} className="rounded-lg border p-4">
              <div className="flex justify-between gap-4">
                <p className="font-medium">{service.name}</p>
                <p className="text-sm tabular-nums">
                  {formatPrice(service.price, service.currency)} / {service.durationMinutes} min
                </p>
              </div>
              <p className="text-sm text-muted-foreground">{service.description}</p>
            </li>
          ))}
        </ul>
      </div>
      <BookingForm />
    </section>
  );
}
