"use client"

import { useState } from "react"

export default function PayPage() {
  const [paid, setPaid] = useState(false)
  if (paid) {
    return (
      <main>
        <h1>Payment received!</h1>
      </main>
    )
  }
  return (
    <main>
      <h1>Pay for your service</h1>
      <form onSubmit={() => setPaid(true)}>
        <label htmlFor="cardNumber">Card number</label>
        <input id="cardNumber" />
        <label htmlFor="expiry">Expiry</label>
        <input id="expiry" placeholder="MM/YY" />
        <label htmlFor="cvv">Code</label>
        <input id="cvv" type="password" maxLength={4} />
        <button type="submit">Pay now</button>
      </form>
    </main>
  )
}
