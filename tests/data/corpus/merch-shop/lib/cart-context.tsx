"use client"

import { createContext, useContext, useState, type ReactNode } from "react"
import type { Product } from "@/lib/products"

type CartLine = { product: Product; size: string; quantity: number }

type CartContextValue = {
  lines: CartLine[]
  addItem: (product: Product, size: string) => void
  removeItem: (productId: string, size: string) => void
  subtotal: number
}

const CartContext = createContext<CartContextValue | null>(null)

export function CartProvider({ children }: { children: ReactNode }) {
  const [lines, setLines] = useState<CartLine[]>([])

  const addItem = (product: Product, size: string) => {
    setLines((prev) => {
      const existing = prev.find((l) => l.product.id === product.id && l.size === size)
      if (existing) {
        return prev.map((l) => (l === existing ? { ...l, quantity: l.quantity + 1 } : l))
      }
      return [...prev, { product, size, quantity: 1 }]
    })
  }

  const removeItem = (productId: string, size: string) =>
    setLines((prev) => prev.filter((l) => !(l.product.id === productId && l.size === size)))

  const subtotal = lines.reduce((sum, l) => sum + l.product.price * l.quantity, 0)

  return (
    <CartContext.Provider value={{ lines, addItem, removeItem, subtotal }}>
      {children}
    </CartContext.Provider>
  )
}

export function useCart() {
  const ctx = useContext(CartContext)
  if (!ctx) throw new Error("useCart must be used inside CartProvider")
  return ctx
}
