"use client"

import { useRouter } from "next/navigation"
import { useState } from "react"

type Line = { name: string; price: number; qty: number }

export default function CartPage() {
  const router = useRouter()
  const [lines] = useState<Line[]>(() => JSON.parse(localStorage.getItem("cart") || "[]"))
  const total = lines.reduce((sum, l) => sum + l.price * l.qty, 0)

  const handleCheckout = () => {
    router.push("/checkout")
  }

  return (
    <section>
      <h2>Your Cart</h2>
      {lines.map((l) => (
        <p key={l.name}>
          {l.name} x {l.qty}
        </p>
      ))}
      <p>Total: {total}</p>
      <button onClick={handleCheckout}>Checkout</button>
    </section>
  )
}
