const latestPatients = [
  { id: "C-201", name: "Marta Kowal", age: 58, lastVisit: "2025-02-11", condition: "Asthma" },
  { id: "C-202", name: "Olu Adeyemi", age: 33, lastVisit: "2025-02-12", condition: "Migraine" },
  { id: "C-203", name: "Inès Laurent", age: 71, lastVisit: "2025-02-14", condition: "Arthritis" },
]

export function PatientsPanel() {
  return (
    <div className="grid gap-2">
      {latestPatients.map((p) => (
        <article key={p.id}>
          <strong>{p.name}</strong> <span>{p.age}</span> <span>{p.condition}</span>
          <time>{p.lastVisit}</time>
        </article>
      ))}
    </div>
  )
}
