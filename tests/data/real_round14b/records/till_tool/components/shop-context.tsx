"use client"
import * as React from "react"
import { startingItems, type Item } from "@/lib/seed"

const ShopContext = React.createContext<{ items: Item[] } | null>(null)

export function ShopProvider({ children }: { children: React.ReactNode }) {
  const [items] = React.useState<Item[]>(startingItems)
  return <ShopContext.Provider value={{ items }}>{children}</ShopContext.Provider>
}

export function useShop() {
  const value = React.useContext(ShopContext)
  if (!value) throw new Error("no shop")
  return value
}
