"use client"

// One course's page: the provider gives the payment form its context; paying happens inside.
import { loadStripe } from "@stripe/stripe-js"
import { Elements } from "@stripe/react-stripe-js"
import { CoursePayment } from "@/components/course-payment"
import { sendPageEvent } from "@/lib/metrics"

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY!)

export default function CoursePage() {
  return (
    <main>
      <h1>Evening Italian</h1>
      <button type="button" onClick={() => sendPageEvent("syllabus_opened")}>
        Show syllabus
      </button>
      <Elements stripe={stripePromise} options={{ mode: "payment", amount: 22000, currency: "eur" }}>
        <CoursePayment fee={220} />
      </Elements>
    </main>
  )
}
