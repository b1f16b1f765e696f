"use client"
import { useCart } from "@/lib/cart"

export default function OrderSummary() {
  const { lines, total } = useCart()
  return (
    <aside>
      <h2>Riepilogo ordine</h2>
      {lines.map((line) => (
        <div key={line.id}><span>{line.name} × {line.qty}</span><span>€{line.price * line.qty}</span></div>
      ))}
      <p>Totale € {total}</p>
      <p>€ 4,90 spedizione</p>
    </aside>
  )
}
