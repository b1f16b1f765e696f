import type { Metadata } from "next";

import { EventCard } from "@/components/event-card";
import { business, workshops } from "@/lib/data";

export const metadata: Metadata = {
  title: "Workshops",
  description: "Hands-on pottery workshops at Harbor & Pine Studio.",
};

const dateFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: business.timeZone,
});

const timeFormat = new Intl.DateTimeFormat("en-US", {
  hour: "numeric",
  minute: "2-digit",
  timeZone: business.timeZone,
  timeZoneName: "short",
});

export default function EventsPage() {
  return (
    <section className="container py-16">
      <div className="mb-10 max-w-2xl space-y-3">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">Workshops</h1>
        <p className="text-muted-foreground">
          Small groups, plenty of clay and a kiln firing included. All materials and aprons are provided.
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        {workshops.map((workshop) => (
          <EventCard
            key={workshop.id}
            event={workshop}
            dateLabel={dateFormat.format(new Date(workshop.startsAt))}
            timeLabel={timeFormat.formatRange(new Date(workshop.startsAt), new Date(workshop.endsAt))}
          />
        ))}
      </div>
    </section>
  );
}
