const stayPackages = [
  { id: 1, name: "Escapada en Sevilla, 3 noches", priceFrom: 420 },
  { id: 2, name: "Ruta por Asturias, 5 noches", priceFrom: 690 },
]

export default function PaquetesPage() {
  return (
    <main className="p-10">
      {stayPackages.map((p) => (
        <div key={p.id}>
          <h3>{p.name}</h3>
          <p>desde €{p.priceFrom}</p>
          <button>Reservar</button>
        </div>
      ))}
    </main>
  )
}
