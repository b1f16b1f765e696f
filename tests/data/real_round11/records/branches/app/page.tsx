// the bakery chain's branches, each with the one person who runs it
const branches = [
  {
    id: "b1",
    city: "Ghent",
    opened: "2019-04-01",
    manager: { name: "Lotte Peeters", email: "lotte@crumb.example", phone: "+32 470 11 22 33" },
  },
  {
    id: "b2",
    city: "Leuven",
    opened: "2021-09-15",
    manager: { name: "Jonas Maes", email: "jonas@crumb.example", phone: "+32 470 44 55 66" },
  },
]

export default function Branches() {
  return (
    <main>
      <h1>Our branches</h1>
      {branches.map((b) => (
        <div key={b.id}>
          <h3>{b.city}</h3>
          <p>
            Ask for {b.manager.name} ({b.manager.phone})
          </p>
        </div>
      ))}
    </main>
  )
}
