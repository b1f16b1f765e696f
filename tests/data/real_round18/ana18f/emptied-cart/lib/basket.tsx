"use client"

import { createContext, useContext, useState, type ReactNode } from "react"

type Line = { sku: string; title: string; price: number; qty: number }

type Basket = {
  lines: Line[]
  add: (line: Line) => void
  emptyBasket: () => void
  submitOrder: () => Promise<void>
}

const BasketContext = createContext<Basket | null>(null)

export function BasketProvider({ children }: { children: ReactNode }) {
  const [lines, setLines] = useState<Line[]>([])
  const add = (line: Line) => setLines((now) => [...now, line])
  const emptyBasket = () => setLines([])
  // the store keeps the basket and sends it; it draws nothing itself
  const submitOrder = async () => {
    await fetch("/api/orders", { method: "POST", body: JSON.stringify(lines) })
    emptyBasket()
  }
  return (
    <BasketContext.Provider value={{ lines, add, emptyBasket, submitOrder }}>
      {children}
    </BasketContext.Provider>
  )
}

export function useBasket(): Basket {
  const found = useContext(BasketContext)
  if (!found) throw new Error("no basket")
  return found
}
