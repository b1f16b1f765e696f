const listings = [
  { id: "l1", askingPrice: 0.2, seller: "ana", ticket: { seat: "A4", event: { eventTitle: "Noche de Jazz en el Puerto", eventDate: "2026-03-14", lugar: "Muelle 3" } } },
  { id: "l2", askingPrice: 0.1, seller: "luis", ticket: { seat: "B9", event: { eventTitle: "Feria del Libro Antiguo", eventDate: "2026-04-02", lugar: "Plaza Mayor" } } },
]

export function Listados() {
  return (
    <section>
      <h2>Reventa</h2>
      {listings.map((l) => (
        <article key={l.id}>
          <h3>{l.ticket.event.eventTitle}</h3>
          <p>{l.ticket.event.eventDate} · {l.ticket.event.lugar}</p>
        </article>
      ))}
    </section>
  )
}
