"use client"

import { useState } from "react"
import { useRouter } from "next/navigation"
import { Button } from "@/components/ui/button"
import { useBasket } from "@/lib/basket"

export default function DeliveryPage() {
  const router = useRouter()
  const { lines, total } = useBasket()
  const [street, setStreet] = useState("")
  const [town, setTown] = useState("")

  const goOn = (e: React.FormEvent) => {
    e.preventDefault()
    router.push("/pay")
  }

  return (
    <main>
      <h1>Where we deliver</h1>
      <form onSubmit={goOn}>
        <label htmlFor="street">Street</label>
        <input id="street" value={street} onChange={(e) => setStreet(e.target.value)} />
        <label htmlFor="town">Town</label>
        <input id="town" value={town} onChange={(e) => setTown(e.target.value)} />
        <p>{lines.length} items in your basket, total £{total}</p>
        <Button type="submit">Continue to payment</Button>
      </form>
    </main>
  )
}
