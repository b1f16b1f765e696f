"use client"
import { useState } from "react"

// ways to deliver an order, each with its fee, picked during the checkout
const modesLivraison = [
  { id: "relais", name: "Point relais", deliveryTime: "3 à 5 jours", price: 3.9 },
  { id: "domicile", name: "Colissimo domicile", deliveryTime: "2 à 3 jours", price: 6.5 },
  { id: "express", name: "Chronopost", deliveryTime: "24 h", price: 12 },
]

export default function Livraison() {
  const [mode, setMode] = useState("relais")
  return (
    <section>
      <h2>Mode de livraison</h2>
      {modesLivraison.map((m) => (
        <label key={m.id}>
          <input type="radio" checked={mode === m.id} onChange={() => setMode(m.id)} />
          {m.name} · {m.deliveryTime} · {m.price.toFixed(2)} €
        </label>
      ))}
    </section>
  )
}
