import { teas } from "@/lib/data"

export default function ShopPage() {
  return (
    <main>
      <h1>Loose leaf teas</h1>
      <ul className="grid grid-cols-3 gap-4">
        {teas.map((tea) => (
          <li key={tea.id}>
            <h3>{tea.name}</h3>
            <p>{tea.origin}</p>
            <span>${tea.price.toFixed(2)}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
