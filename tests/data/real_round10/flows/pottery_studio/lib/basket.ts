export type Line = { name: string; price: number; qty: number }

export function useBasket(): { lines: Line[] } {
  return { lines: [] }
}
