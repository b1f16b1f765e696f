"use client"

import { useBasket } from "@/hooks/use-basket"

// a bakery's basket: no pay button, the order leaves as an e-mail carrying the lines and total
export default function BasketPage() {
  const { lines, emptyBasket } = useBasket()
  const sum = lines.reduce((acc, l) => acc + l.price * l.count, 0)

  return (
    <main>
      <h1>Warenkorb ({lines.length} Artikel)</h1>
      <button onClick={emptyBasket}>Warenkorb leeren</button>
      {lines.map((l) => (
        <p key={l.id}>
          {l.name} x{l.count}
        </p>
      ))}
      <p>Summe: {sum.toFixed(2)} €</p>
      <a
        href={`mailto:bestellung@example.test?body=${encodeURIComponent(
          lines.map((l) => `${l.name} x${l.count}`).join("\n") + `\nSumme ${sum}`,
        )}`}
      >
        Per E-Mail bestellen
      </a>
    </main>
  )
}
