const passes = [
  { name: "Drop-in Class", price: "$18", note: "One class, any day" },
  { name: "Ten-Class Card", price: "$150", note: "Valid for six months" },
  { name: "Monthly Unlimited", price: "$120", note: "Every class, every day" },
]

export function Passes() {
  return (
    <section>
      <h2>Class passes</h2>
      <div className="grid gap-4 md:grid-cols-3">
        {passes.map((pass) => (
          <div key={pass.name} className="rounded border p-4">
            <h3>{pass.name}</h3>
            <p className="text-2xl font-bold">{pass.price}</p>
            <p>{pass.note}</p>
          </div>
        ))}
      </div>
    </section>
  )
}
