export type Tea = { id: string; name: string; price: number; image: string }

const teas: Tea[] = [
  { id: "sencha", name: "Sencha du printemps", price: 12.5, image: "/sencha.jpg" },
  { id: "darjeeling", name: "Darjeeling première récolte", price: 16, image: "/darjeeling.jpg" },
  { id: "rooibos", name: "Rooibos vanille", price: 9.9, image: "/rooibos.jpg" },
]

export async function loadTeas(): Promise<Tea[]> {
  return teas
}
