"use server"

import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export async function startCheckoutSession(planId: string) {
  const session = await stripe.checkout.sessions.create({
    ui_mode: "embedded",
    line_items: [{ price: planId, quantity: 1 }],
    mode: "subscription",
  })
  return session.client_secret
}
