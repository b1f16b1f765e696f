import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "")

export async function POST(request: Request) {
  const { id } = await request.json()
  const session = await stripe.checkout.sessions.retrieve(id)
  return Response.json({ status: session.payment_status })
}
