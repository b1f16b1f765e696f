"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { useBasket } from "@/lib/basket"

export default function PayPage() {
  const { lines } = useBasket()
  const total = lines.reduce((sum, l) => sum + l.price * l.qty, 0)
  const [card, setCard] = useState({ cardNumber: "", expiry: "", cvc: "", cardHolder: "" })
  const pay = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/orders", { method: "POST", body: JSON.stringify({ lines, total }) })
  }
  return (
    <main>
      <h1>Payment</h1>
      <p>Total: {total}</p>
      <form onSubmit={pay}>
        <Input id="cardNumber" placeholder="Card number" value={card.cardNumber} onChange={(e) => setCard({ ...card, cardNumber: e.target.value })} />
        <Input id="expiry" placeholder="MM/YY" value={card.expiry} onChange={(e) => setCard({ ...card, expiry: e.target.value })} />
        <Input id="cvc" placeholder="CVC" value={card.cvc} onChange={(e) => setCard({ ...card, cvc: e.target.value })} />
        <Input id="cardHolder" placeholder="Name on card" value={card.cardHolder} onChange={(e) => setCard({ ...card, cardHolder: e.target.value })} />
        <Button type="submit">Pay now</Button>
      </form>
    </main>
  )
}
