"use server"

import Stripe from "stripe"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

// giving a deposit back: the provider moves the money, nothing is bought
export async function returnDeposit(paymentIntent: string) {
  await stripe.refunds.create({ payment_intent: paymentIntent })
}
