import { beilagen } from "@/lib/menu"

export default function Speisekarte() {
  return (
    <main>
      <h1>Beilagen</h1>
      <ul>
        {beilagen.map((b) => (
          <li key={b.id}>
            {b.name} <span>{b.price.toFixed(2)} €</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
