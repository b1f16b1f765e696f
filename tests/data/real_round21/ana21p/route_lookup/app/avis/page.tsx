const notes = [
  { name: "Bougie Figuier sauvage", price: "24 €", stars: 5 },
  { name: "Bougie Ambre et cuir", price: "28 €", stars: 4 },
  { name: "Bougie Mimosa du Tanneron", price: "22 €", stars: 5 },
]

export default function AvisPage() {
  return (
    <main className="p-10">
      <h1>Vos avis</h1>
      {notes.map((n) => (
        <div key={n.name}>
          <h2>{n.name}</h2>
          <p>
            {n.price} · {"★".repeat(n.stars)}
          </p>
        </div>
      ))}
    </main>
  )
}
