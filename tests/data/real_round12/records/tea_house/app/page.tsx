const popular = [
  { name: "Smoked Oolong", price: 6.5, image: "/teas/oolong.jpg" },
  { name: "Jasmine Pearls", price: 7, image: "/teas/jasmine.jpg" },
]

export default function Home() {
  return (
    <main>
      <h2>House popular</h2>
      <div className="grid">
        {popular.map((tea) => (
          <article key={tea.name}>
            <h3>{tea.name}</h3>
            <p>${tea.price}</p>
          </article>
        ))}
      </div>
    </main>
  )
}
