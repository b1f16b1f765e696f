// Staff refund a cancelled enrolment through the provider: money moves, so this one is work.
import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export async function POST(request: Request) {
  const { paymentIntent } = await request.json()
  const refund = await stripe.refunds.create({ payment_intent: paymentIntent })
  return Response.json({ refund: refund.id })
}
