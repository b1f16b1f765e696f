"use client"

import { useState } from "react"
import { Mail, Loader2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { useToast } from "@/components/ui/use-toast"

export function NewsletterSignup() {
  const [email, setEmail] = useState("")
  const [loading, setLoading] = useState(false)
  const { toast } = useToast()

  async function handleSubscribe() {
    if (!email) return
    setLoading(true)
    try {
      const res = await fetch("/api/subscribe", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email }),
      })
      if (!res.ok) throw new Error("Subscription failed")
      toast({ title: "You're in!", description: "Check your inbox to confirm your subscription." })
      setEmail("")
    } catch {
      toast({ title: "Something went wrong", variant: "destructive" })
    } finally {
      setLoading(false)
    }
  }

  return (
    <section className="border-t bg-muted/40 py-16">
      <div className="container flex flex-col items-center gap-4 text-center">
        <Mail className="h-8 w-8 text-primary" />
        <h2 className="text-2xl font-bold">Get automation tips in your inbox</h2>
        <p className="max-w-md text-muted-foreground">
          One practical email every other week. No spam, unsubscribe anytime.
        </p>
        <div className="flex w-full max-w-sm items-center space-x-2">
          <Input
            type="email"
            placeholder="you@company.com"
            aria-label="Email address"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Button onClick={handleSubscribe} disabled={loading}>
            {loading ? <Loader2 className="h-4 w-4 animate-spin" /> : "Subscribe"}
          </Button>
        </div>
      </div>
    </section>
  )
}
