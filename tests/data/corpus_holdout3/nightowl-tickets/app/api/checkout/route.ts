import { NextResponse } from "next/server"
import Stripe from "stripe"
import { getEvent } from "@/lib/events"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export async function POST(req: Request) {
  const { eventId, quantity } = await req.json()
  const event = getEvent(eventId)

  if (!event) {
    return NextResponse.json({ error: "Event not found" }, { status: 404 })
  }

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [
      {
        price_data: {
          currency: "usd",
          product_data: { name: event.title, description: `${event.venue} · ${event.date}` },
          unit_amount: Math.round(event.price * 100),
        },
        quantity,
      },
    ],
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/events/${event.id}?success=true`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/events/${event.id}`,
  })

  return NextResponse.json({ url: session.url })
}
