// A club's home page: one highlighted evening above the list of the next ones.
export default function Startseite() {
  const hervorgehoben = {
    id: "a",
    titel: "Sommerfest am See",
    datum: "12. Juli 2025",
    uhrzeit: "18:00",
    ort: "Uferpark",
  }

  const naechste = [
    { id: "b", titel: "Lesenacht", datum: "3. August 2025", uhrzeit: "20:00", ort: "Bibliothek" },
    { id: "c", titel: "Herbstmarkt", datum: "14. September 2025", uhrzeit: "10:00", ort: "Marktplatz" },
  ]

  return (
    <main>
      <section>
        <h1>{hervorgehoben.titel}</h1>
        <p>{hervorgehoben.datum} · {hervorgehoben.ort}</p>
        <button>Anmelden</button>
      </section>
      <h2>Nächste Termine</h2>
      {naechste.map((t) => (
        <article key={t.id}>
          <h3>{t.titel}</h3>
          <p>{t.datum}</p>
          <button>Anmelden</button>
        </article>
      ))}
    </main>
  )
}
