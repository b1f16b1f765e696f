export type Product = {
  id: string
  slug: string
  name: string
  description: string
  price: number
  image: string
  category: "tops" | "outerwear" | "accessories"
  colors: string[]
  sizes: string[]
}

export const products: Product[] = [
  {
    id: "prod_01",
    slug: "summit-hoodie",
    name: "Summit Hoodie",
    description: "Heavyweight organic cotton hoodie with a brushed interior.",
    price: 68,
    image: "/images/summit-hoodie.jpg",
    category: "tops",
    colors: ["Forest", "Charcoal", "Sand"],
    sizes: ["S", "M", "L", "XL"],
  },
  {
    id: "prod_02",
    slug: "trailhead-tee",
    name: "Trailhead Tee",
    description: "Soft everyday tee printed with water-based inks.",
    price: 28,
    image: "/images/trailhead-tee.jpg",
    category: "tops",
    colors: ["White", "Black"],
    sizes: ["XS", "S", "M", "L", "XL"],
  },
  {
    id: "prod_03",
    slug: "ridge-rain-shell",
    name: "Ridge Rain Shell",
    description: "Packable 2.5-layer waterproof jacket with taped seams.",
    price: 149.5,
    image: "/images/ridge-rain-shell.jpg",
    category: "outerwear",
    colors: ["Ember", "Navy"],
    sizes: ["S", "M", "L", "XL"],
  },
  {
    id: "prod_04",
    slug: "basecamp-beanie",
    name: "Basecamp Beanie",
    description: "Merino rib-knit beanie. One size fits most.",
    price: 24,
    image: "/images/basecamp-beanie.jpg",
    category: "accessories",
    colors: ["Mustard", "Grey"],
    sizes: ["One size"],
  },
  {
    id: "prod_05",
    slug: "canyon-cap",
    name: "Canyon Cap",
    description: "Five-panel cap with a recycled nylon brim.",
    price: 32,
    image: "/images/canyon-cap.jpg",
    category: "accessories",
    colors: ["Olive", "Black"],
    sizes: ["One size"],
  },
]

export function getProduct(slug: string) {
  return products.find((p) => p.slug === slug)
}

export const formatPrice = (value: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(value)
