// A nursery's stock, one helper call per plant: the helper spells out the record once.
export type Plant = {
  id: number
  name: string
  price: number
  pot: string
  hardy: boolean
  image: string
  category: string
}

const plant = (
  id: number,
  name: string,
  price: number,
  pot: string,
  hardy = true,
): Plant => ({
  id,
  name,
  price,
  pot,
  hardy,
  image: `/plants/${id}.jpg`,
  category: "perennials",
})

export const perennials: Plant[] = [
  plant(1, "Lavender Hidcote", 7.5, "2 L"),
  plant(2, "Hardy Geranium Rozanne", 9.25, "3 L"),
  plant(3, "Echinacea Magnus", 8.0, "2 L", false),
  plant(4, "Salvia Caradonna", 6.75, "1 L"),
]
