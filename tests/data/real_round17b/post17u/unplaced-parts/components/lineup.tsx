const nights = [
  { id: "a", name: "Blue Note Friday", date: "2026-04-03", time: "21:00", price: 25 },
  { id: "b", name: "Swing Saturday", date: "2026-04-04", time: "20:30", price: 30 },
  { id: "c", name: "Soul Sunday Session", date: "2026-04-05", time: "19:00", price: 20 },
]

export default function Lineup() {
  return (
    <div>
      <h2>This week</h2>
      {nights.map((n) => (
        <article key={n.id}>
          <h3>{n.name}</h3>
          <p>
            {n.date} at {n.time}
          </p>
          <p>${n.price}</p>
        </article>
      ))}
    </div>
  )
}
