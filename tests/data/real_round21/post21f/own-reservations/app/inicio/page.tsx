// the player's own reservations, in a set named for them: a place, a day, an hour
const proximasReservas = [
  { id: 1, cancha: "Cancha Central", fecha: "2025-03-14", hora: "18:00", estado: "confirmado" },
  { id: 2, cancha: "Cancha Norte", fecha: "2025-03-16", hora: "20:30", estado: "confirmado" },
]

export default function Inicio() {
  return (
    <main>
      <h1>Hola de nuevo</h1>
      <section>
        <h2>Tus reservas</h2>
        {proximasReservas.map((r) => (
          <article key={r.id}>
            <h3>{r.cancha}</h3>
            <p>
              {r.fecha} · {r.hora}
            </p>
            <span>{r.estado}</span>
          </article>
        ))}
      </section>
    </main>
  )
}
