import { plans } from "@/lib/plans"

export default function Compare() {
  return (
    <main>
      <h1>Comparer les offres</h1>
      {plans.map((p) => (
        <article key={p.id}>
          <h2>{p.supplier} {p.planName}</h2>
          <p>{p.pricePerKwh} €/kWh</p>
        </article>
      ))}
    </main>
  )
}
