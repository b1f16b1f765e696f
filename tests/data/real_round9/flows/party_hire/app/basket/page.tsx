"use client"

import { useRouter } from "next/navigation"
import { Button } from "@/components/ui/button"
import { useBasket } from "@/lib/basket"

export default function BasketPage() {
  const router = useRouter()
  const { lines, total } = useBasket()
  return (
    <main>
      <h1>Your basket</h1>
      {lines.map((line) => (
        <p key={line.id}>
          {line.title} x {line.count}
        </p>
      ))}
      <p>Total: £{total}</p>
      <Button onClick={() => router.push("/delivery")}>Checkout</Button>
    </main>
  )
}
