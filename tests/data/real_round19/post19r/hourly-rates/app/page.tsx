// a tutoring agency's lessons, each at its rate per hour: goods on offer, kept as they were
const lessons = [
  { id: 1, name: "Algebra coaching", rate: 45 },
  { id: 2, name: "Essay clinic", rate: 60 },
]

export default function Lessons() {
  return (
    <main>
      {lessons.map((l) => (
        <article key={l.id}>
          <h2>{l.name}</h2>
          <p>${l.rate}/hour</p>
          <button>Book a lesson</button>
        </article>
      ))}
    </main>
  )
}
