"use client"

type Tea = { id: string; name: string; price: number; stock_level: number }

export function StockPanel({ teas }: { teas: Tea[] }) {
  const emptyShelves = teas.filter((t) => t.stock_level === 0)
  return (
    <div>
      <h3>Empty shelves</h3>
      {emptyShelves.map((tea) => (
        <div key={tea.id}>
          <p>{tea.name}</p>
          <p>${tea.price}</p>
        </div>
      ))}
    </div>
  )
}
