"use client"

import { useEffect, useState } from "react"
import { useSearchParams } from "next/navigation"
import { loadStripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, AddressElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Separator } from "@/components/ui/separator"
import { plans } from "@/lib/plans"

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY!)

function SubscribeForm({ total }: { total: number }) {
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${location.origin}/welcome` },
    })
    setBusy(false)
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-6">
      <AddressElement options={{ mode: "billing" }} />
      <PaymentElement />
      <Button type="submit" size="lg" className="w-full" disabled={!stripe || busy}>
        Start subscription · ${total}
      </Button>
    </form>
  )
}

export default function CheckoutPage() {
  const params = useSearchParams()
  const plan = plans.find((p) => p.id === params.get("plan")) ?? plans[1]
  const interval = params.get("interval") === "year" ? "year" : "month"
  const total = interval === "year" ? plan.yearlyPrice : plan.monthlyPrice
  const [clientSecret, setClientSecret] = useState("")

  useEffect(() => {
    fetch("/api/subscription", {
      method: "POST",
      body: JSON.stringify({ plan: plan.id, interval }),
    })
      .then((res) => res.json())
      .then((data) => setClientSecret(data.clientSecret))
  }, [plan.id, interval])

  return (
    <div className="container grid max-w-5xl gap-10 py-16 md:grid-cols-[1fr_360px]">
      <div>
        <h1 className="mb-6 text-2xl font-semibold">Checkout</h1>
        {clientSecret && (
          <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: "stripe" } }}>
            <SubscribeForm total={total} />
          </Elements>
        )}
      </div>
      <Card className="h-fit">
        <CardHeader>
          <CardTitle>Order summary</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm">
          <div className="flex justify-between">
            <span>{plan.name} plan ({interval}ly)</span>
            <span>${total}</span>
          </div>
          <Separator />
          <div className="flex justify-between font-semibold">
            <span>Due today</span>
            <span>${total}</span>
          </div>
        </CardContent>
      </Card>
    </div>
  )
}
