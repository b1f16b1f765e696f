export default function MenuPage() {
  return (
    <div>
      <h2>Unsere Suppen</h2>
      {[
        { id: "k", name: "Kürbissuppe", price: "6,50 €" },
        { id: "l", name: "Linsensuppe", price: "5,90 €" },
      ].map((soup) => (
        <div key={soup.id}>
          <h3>{soup.name}</h3>
          <span>{soup.price}</span>
          <button>Bestellen</button>
        </div>
      ))}
    </div>
  )
}
