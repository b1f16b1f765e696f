"use client"
import { useState } from "react"
import { Button } from "@/components/ui/button"
import { useBasket } from "@/lib/basket"

export default function CheckoutPage() {
  const { total } = useBasket()
  const [address, setAddress] = useState("")
  const [cardNumber, setCardNumber] = useState("")
  const [expiry, setExpiry] = useState("")
  const placeOrder = async () => {
    await fetch("/api/orders", { method: "POST", body: JSON.stringify({ address, cardNumber, expiry }) })
  }
  return (
    <div>
      <h1>Kasse</h1>
      <input id="address" value={address} onChange={(e) => setAddress(e.target.value)} />
      <input id="cardNumber" placeholder="Card number" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />
      <input id="expiry" placeholder="MM/YY" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
      <p>Gesamt: {total} €</p>
      <Button onClick={placeOrder}>Jetzt bezahlen</Button>
    </div>
  )
}
