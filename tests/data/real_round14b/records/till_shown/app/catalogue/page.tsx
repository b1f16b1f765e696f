"use client"
import { useShop } from "@/components/shop-context"

export default function Catalogue() {
  const { items } = useShop()
  return (
    <section>
      <h1>Catalogue</h1>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            {i.name} — €{i.price}
          </li>
        ))}
      </ul>
    </section>
  )
}
