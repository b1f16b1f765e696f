export default function PeoplePage() {
  const people = [
    { id: 1, name: "Ana Ruiz", email: "ana@example.test", phone: "555 0201" },
    { id: 2, name: "Tom Berg", email: "tom@example.test", phone: "555 0202" },
  ]
  return (
    <section>
      <h2>Clients</h2>
      {people.map((c) => (
        <div key={c.id}>
          {c.name} {c.email} {c.phone}
        </div>
      ))}
    </section>
  )
}
