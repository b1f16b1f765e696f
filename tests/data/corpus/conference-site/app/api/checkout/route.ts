import { NextResponse } from "next/server"
import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

const PRICES: Record<string, { name: string; amount: number }> = {
  early: { name: "EdgeConf 2025 – Early Bird", amount: 19900 },
  regular: { name: "EdgeConf 2025 – Regular", amount: 29900 },
  vip: { name: "EdgeConf 2025 – VIP", amount: 59900 },
}

export async function POST(req: Request) {
  const { tier } = await req.json()
  const price = PRICES[tier]
  if (!price) return NextResponse.json({ error: "Unknown tier" }, { status: 400 })

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    currency: "eur",
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: price.amount, product_data: { name: price.name } } }],
    success_url: "https://edgeconf.dev/tickets/thanks",
    cancel_url: "https://edgeconf.dev/#tickets",
  })
  return NextResponse.json({ url: session.url })
}
