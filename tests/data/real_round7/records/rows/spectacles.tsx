// A theatre's week: priced shows on a day written without its year, each at a hall.
const cetteSemaine = [
  { titre: "Le Malade imaginaire", date: "Ven. 14 mars · 20h30", salle: "Grande salle", lieu: "Théâtre du Port", prix: "32 €" },
  { titre: "Soirée impro", date: "Sam. 15 mars · 21h00", salle: "Studio", lieu: "Théâtre du Port", prix: "18 €" },
]

// The shop beside it: priced goods that say on which day they were added, and where nothing is held.
const boutique = [
  { nom: "Affiche encadrée", date: "12 mars", prix: "25 €" },
  { nom: "Programme de saison", date: "3 mars", prix: "8 €" },
]

export default function Semaine() {
  return (
    <main>
      {cetteSemaine.map((s) => (
        <article key={s.titre}>
          <h3>{s.titre}</h3>
          <p>{s.date} — {s.lieu}</p>
          <span>{s.prix}</span>
        </article>
      ))}
      {boutique.map((b) => (
        <div key={b.nom}>{b.nom} {b.prix}</div>
      ))}
    </main>
  )
}
