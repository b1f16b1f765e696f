export function MemberHome() {
  const upcomingBookings = [
    { id: 1, room: "Sala Azul", date: "2025-03-04", time: "10:00", status: "confirmada" },
    { id: 2, room: "Sala Verde", date: "2025-03-06", time: "14:00", status: "pendiente" },
  ]
  return (
    <div>
      <h1>¡Hola de nuevo, Ana!</h1>
      <section>
        <h2>Próximas reservas</h2>
        {upcomingBookings.map((b) => <p key={b.id}>{b.room} · {b.date} {b.time}</p>)}
      </section>
    </div>
  )
}
