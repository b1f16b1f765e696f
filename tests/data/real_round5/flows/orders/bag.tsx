"use client"

import { useBag } from "@/hooks/use-bag"
import { Button } from "@/components/ui/button"

// the cart is called a bag in the code; its lines, a total and the way to pay
export default function BagPage() {
  const { bagItems, payBag } = useBag()
  const sum = bagItems.reduce((acc, i) => acc + i.price * i.qty, 0)
  const handleCheckout = () => payBag(sum)
  return (
    <main>
      <h1>Sacola</h1>
      {bagItems.map((i) => (
        <p key={i.id}>{i.name}</p>
      ))}
      <p>Total: R$ {sum}</p>
      <Button onClick={handleCheckout}>Checkout</Button>
    </main>
  )
}
