export const plans = [
  { id: "s", nameKey: "plans.small", price: 29, period: "month" },
  { id: "l", nameKey: "plans.large", price: 59, period: "month" },
]

export const extras = [
  { id: "w", titleEn: "Wine pairing", titleEs: "Maridaje de vinos", price: 15 },
  { id: "d", titleEn: "Dessert tasting", titleEs: "Degustación de postres", price: 12 },
]
