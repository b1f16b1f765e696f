import { headers } from "next/headers"
import { NextResponse } from "next/server"
import Stripe from "stripe"
import { Resend } from "resend"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" })
const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(req: Request) {
  const body = await req.text()
  const signature = headers().get("stripe-signature")!

  let event: Stripe.Event
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!)
  } catch (err) {
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 })
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session
    await resend.emails.send({
      from: "Ridge Outfitters <orders@ridgeoutfitters.com>",
      to: session.customer_details?.email ?? "",
      subject: "Your order is confirmed",
      html: `<p>Thanks for your order! We'll email you when it ships.</p>`,
    })
    await fetch(process.env.FULFILLMENT_WEBHOOK_URL!, {
      method: "POST",
      body: JSON.stringify({ sessionId: session.id, status: "paid" }),
    })
  }

  return NextResponse.json({ received: true })
}
