// A garage's parts on the shelf: bought in from suppliers and reordered at a minimum level.
const parts = [
  { id: "A-1", name: "Brake pads", unitPrice: "€45", stock: 12, minStock: 5, supplier: "Frenos SA" },
  { id: "A-2", name: "Oil filter", unitPrice: "€9", stock: 3, minStock: 10, supplier: "Filtros SL" },
  { id: "A-3", name: "Wiper blade", unitPrice: "€14", stock: 20, minStock: 6, supplier: "Frenos SA" },
]

export default function Stock() {
  return (
    <main>
      <h1>Shelf stock</h1>
      {parts.map((part) => (
        <div key={part.id}>
          <h3>{part.name}</h3>
          <p>{part.unitPrice}</p>
          <p>{part.stock}</p>
        </div>
      ))}
    </main>
  )
}
