"use client"
import { Button } from "@/components/ui/button"

type Gift = { id: string; title: string; price: number }

export function GiftGrid({ gifts, onPurchase }: { gifts: Gift[]; onPurchase: (g: Gift) => void }) {
  return (
    <div className="grid grid-cols-3 gap-4">
      {gifts.map((g) => (
        <div key={g.id}>
          <h3>{g.title}</h3>
          <p>R$ {g.price}</p>
          <Button onClick={() => onPurchase(g)}>Comprar presente</Button>
        </div>
      ))}
    </div>
  )
}
