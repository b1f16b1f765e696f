const treatments = [
  { id: 1, name: "Deep Tissue Massage", price: 70, minutes: 60 },
  { id: 2, name: "Hot Stone Massage", price: 85, minutes: 75 },
  { id: 3, name: "Foot Reflexology", price: 45, minutes: 40 },
]

export default function Prices() {
  return (
    <main>
      <h1>Treatments and prices</h1>
      {treatments.map((t) => (
        <div key={t.id}>
          <h3>{t.name}</h3>
          <span>€{t.price}</span>
        </div>
      ))}
    </main>
  )
}
