"use client"

import { useState } from "react"

export default function TuneUpPage() {
  const [buyer, setBuyer] = useState({ name: "", email: "", phone: "" })
  const handlePay = async () => {
    await fetch("https://api.stripe.com/v1/payment_intents", { method: "POST", body: JSON.stringify(buyer) })
  }
  return (
    <main>
      <h1>Book a tune-up</h1>
      <form>
        <h2>Contact Information</h2>
        <input name="name" placeholder="Your name" onChange={(e) => setBuyer({ ...buyer, name: e.target.value })} />
        <input name="email" type="email" placeholder="Email" />
        <input name="phone" type="tel" placeholder="Phone" />
        <button type="submit">Save details</button>
      </form>
      <section>
        <h2>Card</h2>
        <label htmlFor="cardNumber">Card number</label>
        <input id="cardNumber" />
        <label htmlFor="cvc">CVC</label>
        <input id="cvc" />
        <button onClick={handlePay}>Pay now</button>
      </section>
    </main>
  )
}
