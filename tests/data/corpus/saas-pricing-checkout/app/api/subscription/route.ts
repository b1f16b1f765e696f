import { NextResponse } from "next/server"
import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

const PRICE_IDS: Record<string, string> = {
  "hobby:month": "price_1PHobbyMonthly",
  "hobby:year": "price_1PHobbyYearly",
  "team:month": "price_1PTeamMonthly",
  "team:year": "price_1PTeamYearly",
  "business:month": "price_1PBizMonthly",
  "business:year": "price_1PBizYearly",
}

export async function POST(req: Request) {
  const { plan, interval } = await req.json()
  const customer = await stripe.customers.create()
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: PRICE_IDS[`${plan}:${interval}`] }],
    payment_behavior: "default_incomplete",
    expand: ["latest_invoice.payment_intent"],
  })
  const invoice = subscription.latest_invoice as Stripe.Invoice
  const intent = invoice.payment_intent as Stripe.PaymentIntent
  return NextResponse.json({ clientSecret: intent.client_secret })
}
