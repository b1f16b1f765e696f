// a card titled by what it schedules, holding alike dated rows, and a confirmation message
export default function Visitas() {
  return (
    <div>
      <section>
        <h2>Besichtigungen</h2>
        <div className="grid">
          <article>
            <p>Erstbesichtigung</p>
            <p>Today at 2:00 PM</p>
            <p>Lindenstraße 4, Köln</p>
          </article>
          <article>
            <p>Übergabe</p>
            <p>June 12, 2025 at 10:30 AM</p>
            <p>Hafenweg 9, Bonn</p>
          </article>
        </div>
      </section>
      <section>
        <h2>Buchung bestätigt!</h2>
        <p>Departure December 30, 2025 at 8:15 AM ab Busbahnhof Köln</p>
      </section>
    </div>
  )
}
