// the guard: dated happenings with a place stay events, priced dishes stay products
const evenements = [
  { id: "e1", title: "Nuit des musées", date: "2025-05-17", location: "Lyon" },
  { id: "e2", title: "Fête de la musique", date: "2025-06-21", location: "Lyon" },
]

const plats = [
  { id: "p1", name: "Quiche lorraine", price: 9.5, stock: 12 },
  { id: "p2", name: "Tarte tatin", price: 6, stock: 4 },
]

export default function Agenda() {
  return (
    <div>
      <h2>Agenda</h2>
      {evenements.map((e) => (
        <p key={e.id}>{e.title} · {e.date} · {e.location}</p>
      ))}
      <h2>Carte</h2>
      {plats.map((p) => (
        <p key={p.id}>{p.name} · {p.price} €</p>
      ))}
    </div>
  )
}
