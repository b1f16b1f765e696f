"use client"
import { useState } from "react"

export type Line = { id: string; name: string; price: number; qty: number }

export function useBasket() {
  const [lines, setLines] = useState<Line[]>([])
  const total = lines.reduce((sum, l) => sum + l.price * l.qty, 0)
  return { lines, setLines, total }
}
