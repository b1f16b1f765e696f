"use client"
import { useState } from "react"
import { whatsappOrderUrl, type Line } from "@/lib/messenger"

export default function Basket() {
  const [cart, setCart] = useState<Line[]>([{ title: "Срібний перстень", qty: 1, price: 1900 }])
  const totalPrice = cart.reduce((sum, l) => sum + l.qty * l.price, 0)
  const link = whatsappOrderUrl(cart)
  return (
    <aside>
      <h2>Кошик</h2>
      {cart.map((l) => (
        <div key={l.title}>
          <span>{l.title}</span>
          <button onClick={() => setCart(cart.filter((x) => x.title !== l.title))}>×</button>
        </div>
      ))}
      <p>{totalPrice}</p>
      <a href={link} target="_blank" rel="noreferrer">
        Оформити через WhatsApp
      </a>
    </aside>
  )
}
