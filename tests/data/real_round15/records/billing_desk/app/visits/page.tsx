import { loadVisits } from "@/lib/ledger"

export default async function VisitsPage() {
  const visits = await loadVisits()
  return (
    <section>
      <h2>Order lines</h2>
      <ul>
        {visits.map((v) => (
          <li key={v.id}>
            <span>{v.customer}</span>
            <span>{v.date}</span>
            <span>{v.quantity}</span>
            <span>{v.total}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
