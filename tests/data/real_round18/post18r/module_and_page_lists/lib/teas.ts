export interface Tea {
  slug: string
  title: string
  price: string
  origin: string
}

export const teas: Tea[] = [
  { slug: "sencha", title: "Morning Sencha", price: "$12", origin: "Shizuoka" },
  { slug: "oolong", title: "Mountain Oolong", price: "$18", origin: "Alishan" },
  { slug: "chai", title: "Spiced Chai", price: "$9", origin: "Assam" },
]

export function teaBySlug(slug: string): Tea | undefined {
  return teas.find((t) => t.slug === slug)
}
