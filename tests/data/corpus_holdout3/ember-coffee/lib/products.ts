export type Roast = "Light" | "Medium" | "Dark"

export interface Product {
  id: string
  name: string
  origin: string
  roast: Roast
  notes: string[]
  price: number
  originalPrice?: number
  weight: string
  image: string
  rating: number
  reviews: number
  badge?: string
}

export const products: Product[] = [
  {
    id: "ethiopia-yirgacheffe",
    name: "Ethiopia Yirgacheffe",
    origin: "Gedeo Zone, Ethiopia",
    roast: "Light",
    notes: ["Jasmine", "Bergamot", "Honey"],
    price: 19.5,
    weight: "12 oz",
    image: "/placeholder.svg?height=400&width=400",
    rating: 4.9,
    reviews: 128,
    badge: "Best Seller",
  },
  {
    id: "colombia-huila",
    name: "Colombia Huila",
    origin: "Huila, Colombia",
    roast: "Medium",
    notes: ["Caramel", "Red Apple", "Cocoa"],
    price: 17,
    weight: "12 oz",
    image: "/placeholder.svg?height=400&width=400",
    rating: 4.7,
    reviews: 94,
  },
  {
    id: "sumatra-mandheling",
    name: "Sumatra Mandheling",
    origin: "North Sumatra, Indonesia",
    roast: "Dark",
    notes: ["Cedar", "Dark Chocolate", "Spice"],
    price: 18,
    weight: "12 oz",
    image: "/placeholder.svg?height=400&width=400",
    rating: 4.6,
    reviews: 71,
  },
  {
    id: "guatemala-antigua",
    name: "Guatemala Antigua",
    origin: "Antigua, Guatemala",
    roast: "Medium",
    notes: ["Brown Sugar", "Almond", "Orange"],
    price: 18.5,
    weight: "12 oz",
    image: "/placeholder.svg?height=400&width=400",
    rating: 4.8,
    reviews: 63,
    badge: "New",
  },
  {
    id: "ember-house-espresso",
    name: "Ember House Espresso",
    origin: "Brazil & Colombia",
    roast: "Dark",
    notes: ["Molasses", "Hazelnut", "Baker's Chocolate"],
    price: 16,
    originalPrice: 19,
    weight: "12 oz",
    image: "/placeholder.svg?height=400&width=400",
    rating: 4.8,
    reviews: 210,
    badge: "Sale",
  },
  {
    id: "decaf-mexico-chiapas",
    name: "Decaf Mexico Chiapas",
    origin: "Chiapas, Mexico",
    roast: "Medium",
    notes: ["Milk Chocolate", "Walnut", "Plum"],
    price: 17.5,
    weight: "12 oz",
    image: "/placeholder.svg?height=400&width=400",
    rating: 4.5,
    reviews: 38,
  },
]
