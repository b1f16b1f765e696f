type Line = { id: string; label: string; qty: number; unitPrice: number }

// the lines still being rung up: no date yet, nothing sold
export function BasketPanel({ lines, amount }: { lines: Line[]; amount: number }) {
  return (
    <section>
      <h2>Basket</h2>
      <ul>
        {lines.map((line) => (
          <li key={line.id}>
            {line.qty} x {line.label} @ {line.unitPrice.toFixed(2)}
          </li>
        ))}
      </ul>
      <p>Total: {amount.toFixed(2)}</p>
    </section>
  )
}
