"use client"

import Link from "next/link"
import { useState } from "react"
import { Check } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { Label } from "@/components/ui/label"
import { Switch } from "@/components/ui/switch"
import { cn } from "@/lib/utils"
import { plans } from "@/lib/plans"
import { ContactSalesDialog } from "@/components/contact-sales-dialog"

export default function PricingPage() {
  const [yearly, setYearly] = useState(false)

  return (
    <main className="container py-20">
      <div className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-bold tracking-tight">Pricing that scales with you</h1>
        <div className="mt-6 flex items-center justify-center gap-3">
          <Label htmlFor="billing">Monthly</Label>
          <Switch id="billing" checked={yearly} onCheckedChange={setYearly} />
          <Label htmlFor="billing">Yearly <span className="text-green-600">(2 months free)</span></Label>
        </div>
      </div>
      <div className="mt-12 grid gap-8 lg:grid-cols-3">
        {plans.map((plan) => (
          <Card key={plan.id} className={cn("flex flex-col", "highlighted" in plan && "border-2 border-primary")}>
            <CardHeader>
              <CardTitle>{plan.name}</CardTitle>
              <CardDescription>{plan.description}</CardDescription>
            </CardHeader>
            <CardContent className="flex-1 space-y-6">
              <p className="text-4xl font-bold">
                ${yearly ? plan.yearlyPrice : plan.monthlyPrice}
                <span className="text-base font-normal text-muted-foreground">/{yearly ? "year" : "month"}</span>
              </p>
              <ul className="space-y-2 text-sm">
                {plan.features.map((f) => (
                  <li key={f} className="flex gap-2">
                    <Check className="h-4 w-4 text-primary" /> {f}
                  </li>
                ))}
              </ul>
            </CardContent>
            <CardFooter>
              <Button asChild className="w-full">
                <Link href={`/checkout?plan=${plan.id}&interval=${yearly ? "year" : "month"}`}>Subscribe</Link>
              </Button>
            </CardFooter>
          </Card>
        ))}
      </div>
      <p className="mt-12 text-center text-muted-foreground">
        Need more than Business? <ContactSalesDialog />
      </p>
    </main>
  )
}
