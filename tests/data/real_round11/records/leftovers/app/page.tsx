"use client"

import { useState } from "react"

const lunch = [
  { id: 1, name: "Lentil Soup", price: 6 },
  { id: 2, name: "Falafel Wrap", price: 8 },
]
const dinner = [
  { id: 3, name: "Lamb Kofta", price: 17 },
  { id: 4, name: "Stuffed Peppers", price: 15 },
]
// bundles the page once offered; the markup that showed them is commented out below
const bundles = [
  { name: "Family Box", price: 49, saving: "10% off" },
  { name: "Party Tray", price: 89, saving: "15% off" },
  { name: "Office Lunch", price: 120, saving: "20% off" },
]

export default function Menu() {
  const [evening, setEvening] = useState(false)
  const dishes = evening ? dinner : lunch
  const all = [...lunch, ...dinner]
  return (
    <main>
      <h1>Menu</h1>
      <button onClick={() => setEvening(!evening)}>Switch ({all.length} dishes)</button>
      {dishes.map((d) => (
        <div key={d.id}>
          <h3>{d.name}</h3>
          <span>€{d.price}</span>
        </div>
      ))}
      {/* {bundles.map((b) => (
        <div key={b.name}>{b.name} €{b.price}</div>
      ))} */}
    </main>
  )
}
