"use client"

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { startCheckoutSession } from "@/app/actions/billing"

const stripePromise = loadStripe("pk_test_membership")

export default function MembershipPage() {
  const fetchClientSecret = () => startCheckoutSession("workshop-club")
  return (
    <main>
      <h1>Join the Workshop Club</h1>
      <EmbeddedCheckoutProvider stripe={stripePromise} options={{ fetchClientSecret }}>
        <EmbeddedCheckout />
      </EmbeddedCheckoutProvider>
    </main>
  )
}
