"use client";

import * as React from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function NewsletterForm() {
  const [subscribed, setSubscribed] = React.useState(false);

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get("email");
    // Demo only: send `email` to your mailing-list provider here.
    console.info("Newsletter signup", email);
    setSubscribed(true);
  }

  if (subscribed) {
    return (
      <p className="text-sm" role="status">
        You&apos;re on the list. Look out for kiln-opening news.
      </p>
    );
  }

  return (
    <form onSubmit={handleSubmit} className="grid gap-2">
      <Label htmlFor="newsletter-email">Join the newsletter</Label>
      <p className="text-sm text-muted-foreground">Kiln openings, new workshops and studio sales, once a month.</p>
      <div className="flex gap-2">
        <Input id="newsletter-email" name="email" type="email" placeholder="you@example.com" required />
        <Button type="submit">Subscribe</Button>
      </div>
    </form>
  );
}
