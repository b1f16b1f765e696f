// works a contractor follows (how far along, what it costs a day) and notices the app raised
const obras = [
  { id: "o1", name: "Reforma Plaza Norte", location: "Valencia", startDate: "2025-02-10", progress: 40, dailyCost: "€1.200" },
  { id: "o2", name: "Nave Industrial Sur", location: "Alicante", startDate: "2025-04-01", progress: 15, dailyCost: "€900" },
]

const avisos = [
  { id: "a1", name: "Grúa 3", date: "2025-05-02", message: "Revisión pendiente", severity: "high", resolved: false },
  { id: "a2", name: "Andamio B", date: "2025-05-04", message: "Falta inspección", severity: "low", resolved: true },
]

const almacen = [
  { id: "INV-101", name: "Cemento 25kg", currentStock: 40, minStock: 60, expiryDate: "2026-01-31", lastUpdated: "2025-05-01" },
  { id: "INV-102", name: "Yeso 15kg", currentStock: 12, minStock: 20, expiryDate: "2026-03-31", lastUpdated: "2025-05-03" },
]

export default function Panel() {
  return (
    <div>
      <h2>Obras</h2>
      {obras.map((o) => (
        <div key={o.id}>{o.name} · {o.location} · {o.startDate} · {o.progress}% · {o.dailyCost}</div>
      ))}
      <h2>Avisos</h2>
      {avisos.map((a) => (
        <p key={a.id}>{a.name}: {a.message} ({a.date})</p>
      ))}
      <h2>Almacén</h2>
      {almacen.map((m) => (
        <p key={m.id}>{m.id} {m.name} {m.currentStock}/{m.minStock} · {m.expiryDate}</p>
      ))}
    </div>
  )
}
