const stayPartners = [
  { id: 1, name: "Casa del Mar Ibiza", tier: "boutique", priceFrom: 140 },
  { id: 2, name: "Parador de Ronda", tier: "historic", priceFrom: 120 },
  { id: 3, name: "Hotel Arts Barcelona", tier: "luxury", priceFrom: 390 },
]

export default function DestinosPage() {
  return (
    <main className="p-10">
      <h1>Dónde alojarse</h1>
      <div className="grid grid-cols-3 gap-4">
        {stayPartners.map((p) => (
          <div key={p.id} className="rounded border p-4">
            <h3>{p.name}</h3>
            <p>desde €{p.priceFrom} / noche</p>
          </div>
        ))}
      </div>
    </main>
  )
}
