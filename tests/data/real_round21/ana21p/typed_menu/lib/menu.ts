export interface Piatto {
  name: string
  price?: string
}

export interface Condimento {
  name: string
}

export const primi: Piatto[] = [
  { name: "Tagliatelle al ragù", price: "€ 12" },
  { name: "Risotto ai funghi", price: "€ 14" },
]

// prices of the day, written on the board in the trattoria
export const secondi: Piatto[] = [{ name: "Ossobuco alla milanese" }, { name: "Saltimbocca alla romana" }]

export const condimenti: Condimento[] = [{ name: "Olio al peperoncino" }, { name: "Parmigiano grattugiato" }]
