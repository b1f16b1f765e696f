"use client";

import * as React from "react";
import { Send } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type Status = "idle" | "sending" | "sent";

export function ContactForm() {
  const [status, setStatus] = React.useState<Status>("idle");

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    setStatus("sending");
    // Demo only: replace with a call to your email service or an API route.
    await new Promise((resolve) => setTimeout(resolve, 600));
    console.info("Contact message", data);
    form.reset();
    setStatus("sent");
  }

  return (
    <form onSubmit={handleSubmit} className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor="name">Name</Label>
        <Input id="name" name="name" placeholder="Your name" autoComplete="name" required />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="email">Email</Label>
        <Input id="email" name="email" type="email" placeholder="you@example.com" autoComplete="email" required />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="message">Message</Label>
        <Textarea id="message" name="message" placeholder="Tell us about your order, event or question" rows={5} required />
      </div>
      <Button type="submit" disabled={status === "sending"} className="justify-self-start">
        <Send />
        {status === "sending" ? "Sending…" : "Send message"}
      </Button>
      {status === "sent" && (
        <p className="text-sm text-muted-foreground" role="status">
          Thanks for getting in touch. We reply within two working days.
        </p>
      )}
    </form>
  );
}
