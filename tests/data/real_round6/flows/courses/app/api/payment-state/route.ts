// The course page asks here whether a payment went through: reading it at the provider.
import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export async function GET(request: Request) {
  const id = new URL(request.url).searchParams.get("id") ?? ""
  const intent = await stripe.paymentIntents.retrieve(id)
  const recent = await stripe.checkout.sessions.list({ limit: 5 })
  return Response.json({ status: intent.status, recent: recent.data.length })
}
