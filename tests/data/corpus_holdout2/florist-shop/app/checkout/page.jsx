"use client"

import { useState } from "react"
import { useSearchParams } from "next/navigation"
import { loadStripe } from "@stripe/stripe-js"
import { Button } from "@/components/ui/button"
import { Calendar } from "@/components/ui/calendar"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Textarea } from "@/components/ui/textarea"
import { bouquets } from "@/components/bouquets"

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY)

export default function CheckoutPage() {
  const ids = (useSearchParams().get("items") ?? "").split(",").filter(Boolean)
  const items = ids.map((id) => bouquets.find((b) => b.id === id)).filter(Boolean)
  const [deliveryDate, setDeliveryDate] = useState()
  const [note, setNote] = useState("")
  const [address, setAddress] = useState("")

  async function pay() {
    const res = await fetch("/api/checkout-session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ids, deliveryDate, note, address }),
    })
    const { sessionId } = await res.json()
    const stripe = await stripePromise
    await stripe.redirectToCheckout({ sessionId })
  }

  return (
    <div className="mx-auto grid max-w-4xl gap-10 px-4 py-10 md:grid-cols-2">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Delivery details</h1>
        <div className="space-y-2">
          <Label htmlFor="address">Delivery address</Label>
          <Input id="address" value={address} onChange={(e) => setAddress(e.target.value)} />
        </div>
        <div className="space-y-2">
          <Label>Delivery date</Label>
          <Calendar mode="single" selected={deliveryDate} onSelect={setDeliveryDate} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="note">Card message</Label>
          <Textarea id="note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <div className="space-y-4 rounded-lg border p-6">
        <h2 className="font-semibold">Your order</h2>
        {items.map((b) => (
          <div key={b.id} className="flex justify-between text-sm">
            <span>{b.title}</span>
            <span>{b.price}</span>
          </div>
        ))}
        <Button className="w-full" onClick={pay} disabled={!items.length || !deliveryDate}>Pay with Stripe</Button>
      </div>
    </div>
  )
}
