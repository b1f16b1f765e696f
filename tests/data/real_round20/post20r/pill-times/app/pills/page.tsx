const pills = [
  { name: "Vitamin D3", dose: "1000 IU", startDate: "2026-01-10", endDate: "2026-03-10", time: "08:00" },
  { name: "Iron tablets", dose: "65 mg", startDate: "2026-01-10", endDate: "2026-02-10", time: "13:00" },
  { name: "Magnesium", dose: "250 mg", startDate: "2026-01-12", endDate: "2026-04-12", time: "21:00" },
]

export default function PillsPage() {
  return (
    <section>
      <h2>Today&apos;s doses</h2>
      {pills.map((p) => (
        <div key={p.name}>
          <strong>{p.name}</strong> {p.dose} at {p.time} (from {p.startDate} to {p.endDate})
        </div>
      ))}
    </section>
  )
}
