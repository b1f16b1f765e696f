export interface Item { id: string; name: string; buyPrice: number; price: number; stock: number }

export const startingItems: Item[] = [
  { id: "i1", name: "Ceramic Mug", buyPrice: 3, price: 9.5, stock: 40 },
  { id: "i2", name: "Linen Apron", buyPrice: 8, price: 24, stock: 12 },
  { id: "i3", name: "Oak Tray", buyPrice: 11, price: 32, stock: 7 },
]
