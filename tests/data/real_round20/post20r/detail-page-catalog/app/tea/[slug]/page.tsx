const teaData: Record<string, { name: string; price: number; notes: string }> = {
  a: { name: "Smoky Lapsang", price: 9.5, notes: "Pine smoke, dried longan" },
  b: { name: "Jasmine Pearls", price: 12, notes: "Hand-rolled, scented six times" },
  c: { name: "Roasted Hojicha", price: 8, notes: "Toasted grain, low caffeine" },
}

export default function TeaPage({ params }: { params: { slug: string } }) {
  const tea = teaData[params.slug]
  if (!tea) return <p>Not found</p>
  return (
    <main>
      <h1>{tea.name}</h1>
      <p>${tea.price}</p>
      <p>{tea.notes}</p>
    </main>
  )
}
