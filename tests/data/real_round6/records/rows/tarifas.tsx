// the guard: a nightly rate and a cost written as amounts are prices
const habitaciones = [
  { id: "h1", name: "Doble estándar", nightlyRate: 85, capacity: 2 },
  { id: "h2", name: "Suite junior", nightlyRate: 140, capacity: 3 },
]

const talleres = [
  { id: "t1", name: "Cerámica para principiantes", cost: "45 €" },
  { id: "t2", name: "Acuarela de paisaje", cost: "38 €" },
]

export default function Tarifas() {
  return (
    <div>
      <h2>Habitaciones</h2>
      {habitaciones.map((h) => (
        <p key={h.id}>{h.name} · {h.nightlyRate} €</p>
      ))}
      <h2>Talleres</h2>
      {talleres.map((t) => (
        <p key={t.id}>{t.name} · {t.cost}</p>
      ))}
    </div>
  )
}
