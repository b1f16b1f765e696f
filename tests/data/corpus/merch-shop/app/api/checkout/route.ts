import { NextResponse } from "next/server"
import Stripe from "stripe"
import { products } from "@/lib/products"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" })

export async function POST(req: Request) {
  const { items } = (await req.json()) as {
    items: { id: string; size: string; quantity: number }[]
  }

  const lineItems = items.map((item) => {
    const product = products.find((p) => p.id === item.id)
    if (!product) throw new Error(`Unknown product ${item.id}`)
    return {
      quantity: item.quantity,
      price_data: {
        currency: "usd",
        unit_amount: Math.round(product.price * 100),
        product_data: { name: `${product.name} (${item.size})` },
      },
    }
  })

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: lineItems,
    shipping_address_collection: { allowed_countries: ["US", "CA"] },
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/order/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/`,
  })

  return NextResponse.json({ url: session.url })
}
