// A Hamburg training provider: course dates named by the course, and who enrolled in which.
const termine = [
  { id: "T1", kurs: "Excel für Profis", datum: "2025-06-02", ort: "Raum 3", plaetze: "8/12" },
  { id: "T2", kurs: "Buchhaltung kompakt", datum: "2025-06-16", ort: "Online", plaetze: "3/20" },
]
const anmeldungen = [
  { id: 1, student: "Lea Brandt", course: "Excel für Profis", date: "2025-05-01" },
  { id: 2, student: "Jonas Weber", course: "Buchhaltung kompakt", date: "2025-05-03" },
]

export default function Termine() {
  return (
    <main>
      <h1>Termine</h1>
      {termine.map((t) => <article key={t.id}><h3>{t.kurs}</h3><p>{t.datum} · {t.ort}</p></article>)}
      <h2>Anmeldungen</h2>
      {anmeldungen.map((a) => <p key={a.id}>{a.student}: {a.course}</p>)}
    </main>
  )
}
