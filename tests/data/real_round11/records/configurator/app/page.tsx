"use client"

import { useState } from "react"

// a poster configured by the visitor: a format, a paper and a finish, each changing the price
const formats = [
  { id: "a4", name: "A4 poster", price: 12 },
  { id: "a3", name: "A3 poster", price: 18 },
  { id: "a2", name: "A2 poster", price: 29 },
]
const papers = [
  { id: "silk", name: "Silk paper", priceFactor: 1 },
  { id: "cotton", name: "Cotton rag", priceFactor: 1.6 },
]
const finishes = [
  { id: "none", name: "No lamination", priceExtra: 0 },
  { id: "matt", name: "Matt lamination", priceExtra: 4 },
]
// the wall calendar sold beside it, a product of its own
const extras = [{ id: "cal", name: "Wall Calendar 2027", price: 15 }]

export default function Configure() {
  const [format, setFormat] = useState("a3")
  const [paper, setPaper] = useState("silk")
  const [finish, setFinish] = useState("none")
  const chosenFormat = formats.find((f) => f.id === format)
  const chosenPaper = papers.find((p) => p.id === paper)
  const chosenFinish = finishes.find((f) => f.id === finish)
  const total =
    (chosenFormat?.price ?? 0) * (chosenPaper?.priceFactor ?? 1) + (chosenFinish?.priceExtra ?? 0)
  return (
    <main>
      <h1>Print your poster</h1>
      <h2>Format</h2>
      {formats.map((f) => (
        <div key={f.id} onClick={() => setFormat(f.id)}>
          <h3>{f.name}</h3>
          <span>€{f.price}</span>
        </div>
      ))}
      <h2>Paper</h2>
      {papers.map((p) => (
        <div key={p.id} onClick={() => setPaper(p.id)}>
          <h3>{p.name}</h3>
        </div>
      ))}
      <h2>Finish</h2>
      {finishes.map((f) => (
        <div key={f.id} onClick={() => setFinish(f.id)}>
          <h3>{f.name}</h3>
          <span>+€{f.priceExtra}</span>
        </div>
      ))}
      <p>Total: €{total}</p>
      <h2>Also in the shop</h2>
      {extras.map((x) => (
        <div key={x.id}>
          <h3>{x.name}</h3>
          <span>€{x.price}</span>
        </div>
      ))}
    </main>
  )
}
