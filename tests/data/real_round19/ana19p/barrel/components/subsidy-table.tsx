const subsidyRows = [
  { label: "Up to 2 kW", amount: "€1,200" },
  { label: "2 to 4 kW", amount: "€2,000" },
  { label: "Above 4 kW", amount: "€2,600" },
]

export function SubsidyTable() {
  return (
    <section>
      <h2>What the state pays back</h2>
      <ul>
        {subsidyRows.map((row) => (
          <li key={row.label}>
            <h3>{row.label}</h3>
            <span>{row.amount}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
