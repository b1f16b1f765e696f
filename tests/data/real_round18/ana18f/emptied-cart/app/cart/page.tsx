"use client"

import { useBasket } from "../../lib/basket"

export default function CartPage() {
  const { lines, submitOrder } = useBasket()
  const total = lines.reduce((sum, line) => sum + line.price * line.qty, 0)

  const handleCheckout = async () => {
    await submitOrder()
  }

  return (
    <main>
      <h1>Your basket</h1>
      <ul>
        {lines.map((line) => (
          <li key={line.sku}>
            {line.title} x {line.qty}: {line.price * line.qty} EUR
          </li>
        ))}
      </ul>
      <p>Total: {total} EUR</p>
      <button onClick={handleCheckout}>Place order</button>
    </main>
  )
}
