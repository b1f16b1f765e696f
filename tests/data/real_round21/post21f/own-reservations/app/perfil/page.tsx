// the same player's games to come, in a set named for nothing booked: a club, a day, an
// hour and a confirmed state on each row
const siguientes = [
  { id: 7, club: "Club Ribera", date: "2025-04-02", time: "19:00", status: "confirmed" },
  { id: 8, club: "Club Alameda", date: "2025-04-05", time: "10:30", status: "pending" },
]

export default function Perfil() {
  return (
    <main>
      <h1>Mis partidos</h1>
      {siguientes.map((p) => (
        <div key={p.id}>
          <strong>{p.club}</strong>
          <span>{p.date}</span>
          <span>{p.time}</span>
          <em>{p.status}</em>
        </div>
      ))}
    </main>
  )
}
