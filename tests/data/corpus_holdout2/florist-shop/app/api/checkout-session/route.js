import Stripe from "stripe"
import { bouquets } from "@/components/bouquets"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)

export async function POST(req) {
  const { ids, deliveryDate, note, address } = await req.json()
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: ids.map((id) => {
      const b = bouquets.find((x) => x.id === id)
      return { quantity: 1, price_data: { currency: "usd", unit_amount: Number(b.price.slice(1)) * 100, product_data: { name: b.title } } }
    }),
    metadata: { deliveryDate, note, address },
    success_url: "https://petalandstem.com/thanks",
    cancel_url: "https://petalandstem.com/checkout",
  })
  return Response.json({ sessionId: session.id })
}
