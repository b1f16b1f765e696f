const slides = [
  { id: 1, title: "Desert Rock Weekender", cta: "Get Tickets", date: "Starting May 2026" },
  { id: 2, title: "Lakeside Jazz Nights", cta: "Book Seats", date: "Summer 2026" },
  { id: 3, title: "Street Food Parade", cta: "Get Tickets", date: "Sep 12, 2026" },
]

export function Hero() {
  return (
    <div>
      {slides.map((s) => (
        <div key={s.id}>
          <h2>{s.title}</h2>
          <span>{s.date}</span>
          <a href="/tickets">{s.cta}</a>
        </div>
      ))}
    </div>
  )
}
