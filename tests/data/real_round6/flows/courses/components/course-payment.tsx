"use client"

// Paying for a language course: the card element and the confirm call live here; every
// course page wraps this form in the provider.
import { useState } from "react"
import { PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { trackGoal } from "@/lib/metrics"

export function CoursePayment({ fee }: { fee: number }) {
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)

  async function handlePay() {
    if (!stripe || !elements) return
    setBusy(true)
    trackGoal("pay_clicked")
    await stripe.confirmPayment({ elements, confirmParams: { return_url: "/thanks" } })
    setBusy(false)
  }

  return (
    <section>
      <h2>Secure your seat</h2>
      <p>Course fee: {fee} EUR</p>
      <PaymentElement />
      <button type="button" onClick={handlePay} disabled={busy}>
        Pay now
      </button>
    </section>
  )
}
