import Stripe from "stripe"
import { db } from "@/lib/db"
import { sendReceipt } from "@/lib/email"

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature") as string
  const event = stripe.webhooks.constructEvent(await req.text(), sig, process.env.STRIPE_WEBHOOK_SECRET!)

  switch (event.type) {
    case "invoice.paid": {
      const invoice = event.data.object as Stripe.Invoice
      await db.subscription.update({
        where: { stripeCustomerId: invoice.customer as string },
        data: { status: "active", currentPeriodEnd: new Date(invoice.period_end * 1000) },
      })
      await sendReceipt(invoice.customer_email!, invoice.hosted_invoice_url!)
      break
    }
    case "customer.subscription.deleted": {
      const sub = event.data.object as Stripe.Subscription
      await db.subscription.update({
        where: { stripeSubscriptionId: sub.id },
        data: { status: "canceled" },
      })
      break
    }
  }

  return new Response(null, { status: 200 })
}
