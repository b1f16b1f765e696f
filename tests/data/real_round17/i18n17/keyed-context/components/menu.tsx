"use client"

import { useLanguage } from "@/context/language-context"

export function Menu() {
  const { t } = useLanguage()
  const dishes = [
    { id: "p", name: t.menu.paella, price: 18.5 },
    { id: "t", name: t.menu.tortilla, price: 9 },
  ]
  return (
    <section>
      <h2>{t.menu.title}</h2>
      {dishes.map((dish) => (
        <div key={dish.id}>
          <h3>{dish.name}</h3>
          <span>{dish.price} €</span>
        </div>
      ))}
    </section>
  )
}
