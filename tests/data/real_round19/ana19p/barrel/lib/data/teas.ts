export type Tea = { id: number; name: string; price: number; origin: string }

export const teas: Tea[] = [
  { id: 1, name: "Sencha Kagoshima", price: 14.5, origin: "Japan" },
  { id: 2, name: "Darjeeling First Flush", price: 19, origin: "India" },
  { id: 3, name: "Tie Guan Yin", price: 16, origin: "China" },
]
