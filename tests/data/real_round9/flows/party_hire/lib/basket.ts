import { useState } from "react"

export type Line = { id: string; title: string; count: number; rate: number }

export function useBasket() {
  const [lines, setLines] = useState<Line[]>([])
  const total = lines.reduce((sum, l) => sum + l.rate * l.count, 0)
  return { lines, total, empty: () => setLines([]) }
}
