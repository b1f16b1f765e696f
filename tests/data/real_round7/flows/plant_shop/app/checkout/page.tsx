"use client"

import { useRouter } from "next/navigation"
import { useCart } from "@/components/cart"
import { OrderForm } from "@/components/order-form"

// the checkout page: it sends the order the form collects, then empties the cart
export default function CheckoutPage() {
  const router = useRouter()
  const { items, clearCart } = useCart()

  async function sendOrder(details: { address: string; payWith: string }) {
    await fetch("/api/orders", { method: "POST", body: JSON.stringify({ items, ...details }) })
    clearCart()
    router.push("/thanks")
  }

  return (
    <main>
      <h1>Checkout</h1>
      <OrderForm onPlace={sendOrder} />
    </main>
  )
}
