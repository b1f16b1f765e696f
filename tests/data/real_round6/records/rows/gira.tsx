// a band's tour: each show is a date and the place it is played, nothing else names it
const fechas = [
  { date: "March 8, 2025", venue: "Sala Apolo", city: "Barcelona" },
  { date: "March 15, 2025", venue: "La Riviera", city: "Madrid" },
  { date: "April 2, 2025", venue: "Teatro Circo", city: "Murcia" },
]

export function Gira() {
  return (
    <section>
      <h2>Gira 2025</h2>
      <ul>
        {fechas.map((f) => (
          <li key={f.date}>
            {f.date} · {f.venue} · {f.city}
          </li>
        ))}
      </ul>
    </section>
  )
}
