const teas = [
  { id: "a", name: "Smoky Lapsang", price: 9.5, image: "/lapsang.jpg" },
  { id: "b", name: "Jasmine Pearls", price: 12, image: "/jasmine.jpg" },
  { id: "c", name: "Roasted Hojicha", price: 8, image: "/hojicha.jpg" },
]

export default function Home() {
  return (
    <main>
      <h1>Loose-leaf teas</h1>
      {teas.map((t) => (
        <a key={t.id} href={`/tea/${t.id}`}>
          {t.name} ${t.price}
        </a>
      ))}
    </main>
  )
}
