import { NextResponse } from "next/server"
import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export async function POST(req: Request) {
  const { sku, from, to, quantity, amount } = await req.json()
  const intent = await stripe.paymentIntents.create({
    amount: Math.round(amount * 100),
    currency: "usd",
    metadata: { sku, from, to, quantity: String(quantity) },
    automatic_payment_methods: { enabled: true },
  })
  return NextResponse.json({ clientSecret: intent.client_secret })
}
