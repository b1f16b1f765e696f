const events = [
  { title: "Vinyl Swap Night", date: "2026-06-05", location: "Back Room Bar", capacity: 80 },
  { title: "Modular Synth Jam", date: "2026-06-19", location: "Back Room Bar", capacity: 40 },
  { title: "Day 2 Afterparty", date: "2026-07-03", location: "Harbour Stage", capacity: 300 },
]

export default function NightsPage() {
  return (
    <main>
      <h1>Upcoming nights</h1>
      {events.map((e) => (
        <article key={e.title}>
          <h2>{e.title}</h2>
          <p>
            {e.date} at {e.location}, {e.capacity} places
          </p>
        </article>
      ))}
    </main>
  )
}
