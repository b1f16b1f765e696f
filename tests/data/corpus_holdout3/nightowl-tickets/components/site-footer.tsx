"use client"

import { useState } from "react"
import Link from "next/link"
import { Ticket } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { useToast } from "@/components/ui/use-toast"

export function SiteFooter() {
  const [email, setEmail] = useState("")
  const [isSubmitting, setIsSubmitting] = useState(false)
  const { toast } = useToast()

  const handleSubscribe = async (e: React.FormEvent) => {
    e.preventDefault()
    setIsSubmitting(true)
    const res = await fetch("/api/subscribe", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email }),
    })
    setIsSubmitting(false)
    if (res.ok) {
      setEmail("")
      toast({ title: "You're on the list!", description: "We'll send you the best shows every week." })
    } else {
      toast({ title: "Something went wrong", variant: "destructive" })
    }
  }

  return (
    <footer className="border-t bg-muted/30">
      <div className="container grid gap-8 py-12 md:grid-cols-2">
        <div className="space-y-3">
          <Link href="/" className="flex items-center gap-2 font-bold">
            <Ticket className="h-5 w-5 text-primary" />
            NightOwl
          </Link>
          <p className="max-w-sm text-sm text-muted-foreground">
            Tickets for concerts, comedy, theater and festivals across Los Angeles. No hidden fees at checkout.
          </p>
        </div>
        <div className="space-y-3">
          <h3 className="font-semibold">Never miss a show</h3>
          <p className="text-sm text-muted-foreground">Get this week&apos;s best events in your inbox every Thursday.</p>
          <form onSubmit={handleSubscribe} className="flex max-w-sm gap-2">
            <Input
              type="email"
              placeholder="Enter your email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Subscribing..." : "Subscribe"}
            </Button>
          </form>
        </div>
      </div>
      <div className="border-t py-6 text-center text-xs text-muted-foreground">
        © {new Date().getFullYear()} NightOwl Tickets. All rights reserved.
      </div>
    </footer>
  )
}
