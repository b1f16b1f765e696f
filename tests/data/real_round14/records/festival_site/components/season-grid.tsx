const events = [
  { id: 1, title: "Harbour Lights Gala", date: "Coming Autumn 2026", location: "Old Port Hall" },
  { id: 2, title: "Open Studio Weekend", date: "Coming 2026", location: "Online" },
  { id: 3, title: "Spring Film Nights", date: "March 2027", location: "Riverside Cinema" },
]

export function SeasonGrid() {
  return (
    <section>
      <h2>What is coming</h2>
      {events.map((e) => (
        <article key={e.id}>
          <h3>{e.title}</h3>
          <p>{e.date}</p>
          <p>{e.location}</p>
          <button type="button">Register</button>
        </article>
      ))}
    </section>
  )
}
