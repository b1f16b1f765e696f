"use client"

import { createContext, useContext } from "react"

type Line = { name: string; price: number; qty: number }
const CartContext = createContext<{ items: Line[]; clearCart: () => void }>({ items: [], clearCart: () => {} })

export function useCart() {
  return useContext(CartContext)
}
