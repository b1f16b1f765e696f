"use client";

import * as React from "react";
import { CalendarDays, Clock, MapPin, Users } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { Workshop } from "@/lib/data";
import { formatPrice } from "@/lib/utils";

type EventCardProps = {
  event: Workshop;
  /** Pre-formatted on the server so the text is identical on the client. */
  dateLabel: string;
  timeLabel: string;
};

export function EventCard({ event, dateLabel, timeLabel }: EventCardProps) {
  const [registered, setRegistered] = React.useState(false);
  const spotsTaken = event.spotsTaken + (registered ? 1 : 0);
  const spotsLeft = Math.max(event.capacity - spotsTaken, 0);
  const isFull = spotsLeft === 0;

  function handleRegister() {
    if (isFull) return;
    setRegistered(true);
  }

  return (
    <Card className="flex flex-col">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="secondary">{event.level}</Badge>
          <Badge variant="outline">{formatPrice(event.price, event.currency)} per person</Badge>
        </div>
        <CardTitle className="pt-2 font-serif text-2xl">{event.title}</CardTitle>
        <CardDescription>{event.description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p className="flex items-center gap-2">
          <CalendarDays className="h-4 w-4 text-muted-foreground" />
          <time dateTime={event.startsAt}>{dateLabel}</time>
        </p>
        <p className="flex items-center gap-2">
          <Clock className="h-4 w-4 text-muted-foreground" />
          {timeLabel}
        </p>
        <p className="flex items-center gap-2">
          <MapPin className="h-4 w-4 text-muted-foreground" />
          {event.location}
        </p>
        <p className="flex items-center gap-2">
          <Users className="h-4 w-4 text-muted-foreground" />
          Capacity {event.capacity} · {spotsLeft} {spotsLeft === 1 ? "spot" : "spots"} left
        </p>
      </CardContent>
      <CardFooter className="mt-auto flex-col items-stretch gap-2">
        <Button size="lg" onClick={handleRegister} disabled={registered || isFull}>
          {registered ? "You're registered" : isFull ? "Sold out" : "Register"}
        </Button>
        {registered && (
          <p className="text-center text-xs text-muted-foreground" role="status">
            See you at the studio! Aprons and clay are provided.
          </p>
        )}
      </CardFooter>
    </Card>
  );
}
