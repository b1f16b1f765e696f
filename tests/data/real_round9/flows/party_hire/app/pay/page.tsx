"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { useBasket } from "@/lib/basket"

export default function PayPage() {
  const { total, empty } = useBasket()
  const [cardNumber, setCardNumber] = useState("")
  const [expiry, setExpiry] = useState("")

  const payNow = async () => {
    await fetch("/api/orders", { method: "POST", body: JSON.stringify({ total }) })
    empty()
  }

  return (
    <main>
      <h1>Pay for your hire</h1>
      <label htmlFor="cardNumber">Card number</label>
      <input id="cardNumber" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />
      <label htmlFor="expiry">Expiry (MM/YY)</label>
      <input id="expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
      <p>Total: £{total}</p>
      <Button onClick={payNow}>Pay now</Button>
    </main>
  )
}
