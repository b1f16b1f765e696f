// the first draft of the pricing section, which no page renders any more
const plans = [
  { name: "Single Session", price: "$20", note: "Pay as you go" },
  { name: "Five Sessions", price: "$90", note: "Share with a friend" },
  { name: "Season Pass", price: "$300", note: "Three months of classes" },
]

export function PassesOld() {
  return (
    <section>
      <h2>Our prices</h2>
      <div className="grid gap-4 md:grid-cols-3">
        {plans.map((plan) => (
          <div key={plan.name} className="rounded border p-4">
            <h3>{plan.name}</h3>
            <p className="text-2xl font-bold">{plan.price}</p>
            <p>{plan.note}</p>
          </div>
        ))}
      </div>
    </section>
  )
}
