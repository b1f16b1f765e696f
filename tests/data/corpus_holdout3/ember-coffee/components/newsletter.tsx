"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { useToast } from "@/hooks/use-toast"

export function Newsletter() {
  const [submitted, setSubmitted] = useState(false)
  const { toast } = useToast()

  const handleSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setSubmitted(true)
    toast({ title: "Welcome to the Ember Club!", description: "Check your inbox for 10% off your first order." })
  }

  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Join the Ember Club</h3>
      <p className="text-sm text-stone-400">Brewing tips, new arrivals and 10% off your first order.</p>
      {submitted ? (
        <p className="text-sm text-amber-400">Thanks for subscribing!</p>
      ) : (
        <form onSubmit={handleSubmit} className="flex gap-2">
          <Input
            type="email"
            name="email"
            placeholder="you@example.com"
            required
            className="border-stone-700 bg-stone-800 text-white placeholder:text-stone-500"
          />
          <Button type="submit" className="bg-amber-600 hover:bg-amber-700">
            Sign Up
          </Button>
        </form>
      )}
    </div>
  )
}
