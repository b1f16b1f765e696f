const blocks = [
  { name: "Semana 1", date: "2026-05-04", location: "Pista municipal", status: "hecho" },
  { name: "Semana 2", date: "2026-05-11", location: "Pista municipal", status: "hecho" },
  { name: "Semana 3", date: "2026-05-18", location: "Parque del río", status: "pendiente" },
  { name: "Semana 4 Descarga", date: "2026-05-25", location: "Parque del río", status: "pendiente" },
]

export default function PlanPage() {
  return (
    <main>
      <h1>Mi plan de maratón</h1>
      {blocks.map((b) => (
        <p key={b.name}>
          {b.name}: {b.date}, {b.location}
        </p>
      ))}
    </main>
  )
}
