"use client"

import { useState } from "react"

// studios a visitor can browse; how dear each one is, shown as a price level
const studios = [
  { id: 1, name: "Lotus Yoga Loft", city: "Porto", rating: 4.8, priceRange: "$$", image: "/a.png" },
  { id: 2, name: "Harbour Pilates", city: "Lisbon", rating: 4.6, priceRange: "$$$", image: "/b.png" },
  { id: 3, name: "Quiet Mat Studio", city: "Braga", rating: 4.9, priceRange: "$", image: "/c.png" },
]

// one studio's own classes, each with what it costs
const classes = [
  { id: "c1", name: "Morning Flow", price: 14 },
  { id: "c2", name: "Reformer Basics", price: 22 },
]

export default function Browse() {
  const [query, setQuery] = useState("")
  const shown = studios.filter((s) => s.name.toLowerCase().includes(query))
  return (
    <main>
      <h1>Find a studio</h1>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search" />
      {shown.map((s) => (
        <div key={s.id}>
          <h3>{s.name}</h3>
          <span>{s.city}</span>
          <span>{s.priceRange}</span>
        </div>
      ))}
      <h2>Classes at Lotus Yoga Loft</h2>
      {classes.map((c) => (
        <div key={c.id}>
          <h3>{c.name}</h3>
          <span>€{c.price}</span>
        </div>
      ))}
    </main>
  )
}
