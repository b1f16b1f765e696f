"use client"
import Link from "next/link"
import { Button } from "@/components/ui/button"
import { useBasket } from "@/lib/basket"

export default function CartPage() {
  const { lines, total } = useBasket()
  return (
    <div>
      <h1>Warenkorb</h1>
      {lines.map((l) => <p key={l.id}>{l.name} × {l.qty}</p>)}
      <p>Gesamt: {total} €</p>
      <Button asChild><Link href="/checkout">Zur Kasse</Link></Button>
    </div>
  )
}
