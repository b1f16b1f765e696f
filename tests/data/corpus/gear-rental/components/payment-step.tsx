"use client"

import { useEffect, useState } from "react"
import { loadStripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!)

function PayForm({ amount }: { amount: number }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)

  const onPay = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!stripe || !elements) return
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/rental/confirmed` },
    })
    if (error) setError(error.message ?? "Payment failed")
  }

  return (
    <form onSubmit={onPay} className="space-y-4">
      <PaymentElement />
      {error && <p className="text-sm text-red-600">{error}</p>}
      <Button type="submit" className="w-full" disabled={!stripe}>
        Pay ${amount} and reserve
      </Button>
    </form>
  )
}

export function PaymentStep(props: { sku: string; from: Date; to: Date; quantity: number; amount: number }) {
  const [clientSecret, setClientSecret] = useState<string>()

  useEffect(() => {
    fetch("/api/payment-intent", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(props),
    })
      .then((r) => r.json())
      .then((d) => setClientSecret(d.clientSecret))
  }, [props])

  return (
    <Card>
      <CardHeader>
        <CardTitle>Payment</CardTitle>
      </CardHeader>
      <CardContent>
        {clientSecret ? (
          <Elements stripe={stripePromise} options={{ clientSecret }}>
            <PayForm amount={props.amount} />
          </Elements>
        ) : (
          <p className="text-sm text-muted-foreground">Preparing secure payment…</p>
        )}
      </CardContent>
    </Card>
  )
}
