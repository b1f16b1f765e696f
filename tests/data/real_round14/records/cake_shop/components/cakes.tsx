const cakes = [
  { id: 1, name: "Lemon Drizzle", price: "$32" },
  { id: 2, name: "Black Forest", price: "$41" },
  { id: 3, name: "Carrot & Walnut", price: "$36" },
]

const extraCosts = [
  { id: 1, name: "Gift Wrapping", price: "$4" },
  { id: 2, name: "Sparkler Candles", price: "$3" },
  { id: 3, name: "Same-day Courier", price: "$12" },
]

const addOns = [
  { id: "a", name: "Edible Photo", price: "$9" },
  { id: "b", name: "Piped Message", price: "$2" },
]

export function Cakes() {
  return (
    <div>
      <h2>Our cakes</h2>
      {cakes.map((c) => (
        <div key={c.id}>
          {c.name} {c.price}
        </div>
      ))}
      <h3>Make it special</h3>
      {extraCosts.map((e) => (
        <label key={e.id}>
          <input type="checkbox" /> {e.name} {e.price}
        </label>
      ))}
      {addOns.map((a) => (
        <label key={a.id}>
          <input type="checkbox" /> {a.name} {a.price}
        </label>
      ))}
    </div>
  )
}
