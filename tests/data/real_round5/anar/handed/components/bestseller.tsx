export function Bestseller({ produkte }: { produkte: { id: string; name: string; preis: number }[] }) {
  return (
    <section>
      <h2>Unsere Bestseller</h2>
      <div className="grid">
        {produkte.map((p) => <div key={p.id}>{p.name} · CHF {p.preis}</div>)}
      </div>
    </section>
  )
}
