"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { useBasket } from "@/lib/basket"

export default function OrderPage() {
  const { lines } = useBasket()
  const total = lines.reduce((sum, l) => sum + l.price * l.qty, 0)
  const [o, setO] = useState({ fullName: "", address: "", cardNumber: "", expiry: "", cvc: "" })
  const pay = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/orders", { method: "POST", body: JSON.stringify({ ...o, lines, total }) })
  }
  return (
    <main>
      <h1>Delivery and payment</h1>
      <p>Total: {total}</p>
      <form onSubmit={pay}>
        <Input id="fullName" placeholder="Full name" value={o.fullName} onChange={(e) => setO({ ...o, fullName: e.target.value })} />
        <Input id="address" placeholder="Delivery address" value={o.address} onChange={(e) => setO({ ...o, address: e.target.value })} />
        <Input id="cardNumber" placeholder="Card number" value={o.cardNumber} onChange={(e) => setO({ ...o, cardNumber: e.target.value })} />
        <Input id="expiry" placeholder="MM/YY" value={o.expiry} onChange={(e) => setO({ ...o, expiry: e.target.value })} />
        <Input id="cvc" placeholder="CVC" value={o.cvc} onChange={(e) => setO({ ...o, cvc: e.target.value })} />
        <Button type="submit">Pay now</Button>
      </form>
    </main>
  )
}
