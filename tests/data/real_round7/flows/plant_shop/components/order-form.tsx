"use client"

import { useState } from "react"
import { useCart } from "@/components/cart"

// the order form the checkout page renders: delivery, how to pay, place the order
export function OrderForm({ onPlace }: { onPlace: (d: { address: string; payWith: string }) => void }) {
  const { items } = useCart()
  const [address, setAddress] = useState("")
  const [payWith, setPayWith] = useState("card")
  const total = items.reduce((sum, i) => sum + i.price * i.qty, 0)

  function placeOrder(e: React.FormEvent) {
    e.preventDefault()
    onPlace({ address, payWith })
  }

  return (
    <form onSubmit={placeOrder}>
      <h2>Delivery</h2>
      <input name="address" placeholder="Street and number" value={address} onChange={(e) => setAddress(e.target.value)} />
      <label>
        <input type="radio" name="pay" value="card" checked={payWith === "card"} onChange={() => setPayWith("card")} /> Card
      </label>
      <label>
        <input type="radio" name="pay" value="cash" checked={payWith === "cash"} onChange={() => setPayWith("cash")} /> Cash on delivery
      </label>
      <p>Total {total}</p>
      <button type="submit">Place order</button>
    </form>
  )
}
