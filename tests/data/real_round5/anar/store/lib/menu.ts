// A Greek taverna's menu, read by the cart store the pages use.
export const piata = [
  { id: 1, name: "Moussaka", price: 14.5 },
  { id: 2, name: "Souvlaki", price: 11 },
]
