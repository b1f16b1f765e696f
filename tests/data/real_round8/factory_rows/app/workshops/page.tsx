import { workshops } from "@/lib/workshops"

export default function WorkshopsPage() {
  return (
    <section>
      <h1>Workshops</h1>
      {workshops.map((w) => (
        <article key={w.slug}>
          <h2>{w.title}</h2>
          <p>
            {w.date} at {w.location}, {w.capacity} places
          </p>
          <button>Book a place</button>
        </article>
      ))}
    </section>
  )
}
