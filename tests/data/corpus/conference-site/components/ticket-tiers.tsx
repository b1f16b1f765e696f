"use client"

import { useState } from "react"
import { Check, Loader2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"

const tiers = [
  { id: "early", name: "Early Bird", price: 199, perks: ["Both conference days", "Lunch & coffee"], soldOut: true },
  { id: "regular", name: "Regular", price: 299, perks: ["Both conference days", "Lunch & coffee", "Closing party"] },
  { id: "vip", name: "VIP", price: 599, perks: ["Everything in Regular", "Speaker dinner", "Front-row seating"] },
]

export function TicketTiers() {
  const [loadingTier, setLoadingTier] = useState<string | null>(null)

  async function buy(tierId: string) {
    setLoadingTier(tierId)
    const res = await fetch("/api/checkout", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ tier: tierId }),
    })
    const { url } = await res.json()
    window.location.assign(url)
  }

  return (
    <section id="tickets" className="container py-20">
      <h2 className="mb-10 text-3xl font-bold">Tickets</h2>
      <div className="grid gap-6 md:grid-cols-3">
        {tiers.map((tier) => (
          <Card key={tier.id} className={tier.id === "vip" ? "border-fuchsia-500" : ""}>
            <CardHeader>
              <CardTitle>{tier.name}</CardTitle>
              <p className="text-3xl font-bold">€{tier.price}</p>
            </CardHeader>
            <CardContent>
              <ul className="space-y-2 text-sm">
                {tier.perks.map((perk) => (
                  <li key={perk} className="flex items-center gap-2"><Check className="h-4 w-4" /> {perk}</li>
                ))}
              </ul>
            </CardContent>
            <CardFooter>
              <Button className="w-full" disabled={tier.soldOut || loadingTier !== null} onClick={() => buy(tier.id)}>
                {loadingTier === tier.id ? <Loader2 className="h-4 w-4 animate-spin" /> : tier.soldOut ? "Sold out" : "Buy ticket"}
              </Button>
            </CardFooter>
          </Card>
        ))}
      </div>
    </section>
  )
}
