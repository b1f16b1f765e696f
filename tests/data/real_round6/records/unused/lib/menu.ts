// a data module: the page takes only the extras; the dishes are left from an earlier version
export const gerichte = [
  { id: "g1", name: "Käsespätzle", price: 11.5, description: "Mit Röstzwiebeln" },
  { id: "g2", name: "Maultaschen", price: 12.9, description: "In Brühe" },
  { id: "g3", name: "Flammkuchen", price: 9.8, description: "Elsässer Art" },
]

export const beilagen = [
  { id: "b1", name: "Kartoffelsalat", price: 3.5 },
  { id: "b2", name: "Gurkensalat", price: 3.2 },
]
