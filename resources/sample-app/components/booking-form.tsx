"use client";

import * as React from "react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { durationOptions, services, timeSlots } from "@/lib/data";
import { formatPrice } from "@/lib/utils";

type Booking = {
  service: string;
  date: string;
  time: string;
  duration: number;
  name: string;
  email: string;
};

function todayIso() {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

export function BookingForm() {
  const [serviceId, setServiceId] = React.useState(services[0].id);
  const [duration, setDuration] = React.useState(services[0].durationMinutes);
  const [minDate, setMinDate] = React.useState<string | undefined>(undefined);
  const [booking, setBooking] = React.useState<Booking | null>(null);

  // Computed after mount so server and client markup match.
  React.useEffect(() => setMinDate(todayIso()), []);

  const service = services.find((s) => s.id === serviceId) ?? services[0];
  const estimate = (service.price / service.durationMinutes) * duration;

  function handleServiceChange(event: React.ChangeEvent<HTMLSelectElement>) {
    const next = services.find((s) => s.id === event.target.value) ?? services[0];
    setServiceId(next.id);
    setDuration(next.durationMinutes);
  }

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBooking({
      service: service.name,
      date: String(data.get("date")),
      time: String(data.get("time")),
      duration: Number(data.get("duration")),
      name: String(data.get("name")),
      email: String(data.get("email")),
    });
  }

  if (booking) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Booking requested</CardTitle>
          <CardDescription>
            Thanks, {booking.name}. We&apos;ll confirm by email at {booking.email} within one working day.
          </CardDescription>
        </CardHeader>
        <CardContent className="text-sm">
          <p>
            {booking.service} on {booking.date} at {booking.time} ({booking.duration} minutes)
          </p>
        </CardContent>
        <CardFooter>
          <Button variant="outline" onClick={() => setBooking(null)}>
            Book another session
          </Button>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card>
      <form onSubmit={handleSubmit}>
        <CardHeader>
          <CardTitle>Book a session</CardTitle>
          <CardDescription>Pick a service, a day and a time. We&apos;ll hold the wheel for you.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor="service">Service</Label>
            <Select id="service" name="service" value={serviceId} onChange={handleServiceChange} required>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {formatPrice(s.price, s.currency)}
                </option>
              ))}
            </Select>
            <p className="text-xs text-muted-foreground">{service.description}</p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor="date">Date</Label>
              <Input id="date" name="date" type="date" min={minDate} required />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="time">Time slot</Label>
              <Select id="time" name="time" defaultValue="" required>
                <option value="" disabled>
                  Choose a time
                </option>
                {timeSlots.map((slot) => (
                  <option key={slot} value={slot}>
                    {slot}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="duration">Duration</Label>
            <Select
              id="duration"
              name="duration"
              value={duration}
              onChange={(event) => setDuration(Number(event.target.value))}
            >
              {durationOptions.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes} minutes
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor="booking-name">Name</Label>
              <Input id="booking-name" name="name" autoComplete="name" required />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="booking-email">Email</Label>
              <Input id="booking-email" name="email" type="email" autoComplete="email" required />
            </div>
          </div>
        </CardContent>
        <CardFooter className="flex items-center justify-between gap-4">
          <p className="text-sm text-muted-foreground">
            Estimated <span className="font-medium text-foreground">{formatPrice(estimate, service.currency)}</span>
          </p>
          <Button type="submit">Request booking</Button>
        </CardFooter>
      </form>
    </Card>
  );
}
