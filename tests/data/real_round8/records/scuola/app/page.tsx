// a school's year: the mock exams every class sits, and the open evenings parents may attend
const verifiche = [
  { id: "v1", nome: "Prima verifica", numero: 1, date: "2025-03-14" },
  { id: "v2", nome: "Seconda verifica", numero: 2, date: "2025-05-09" },
  { id: "v3", nome: "Terza verifica", numero: 3, date: "2025-10-17" },
]

const serate = [
  { id: "s1", titolo: "Serata di orientamento", date: "2025-01-22", luogo: "Aula magna" },
  { id: "s2", titolo: "Concerto di primavera", date: "2025-04-30", luogo: "Teatro comunale" },
]

export default function Home() {
  return (
    <main>
      <h2>Calendario delle verifiche</h2>
      {verifiche.map((v) => (
        <p key={v.id}>
          {v.nome} — {v.date}
        </p>
      ))}
      <h2>Serate aperte</h2>
      {serate.map((s) => (
        <p key={s.id}>
          {s.titolo} · {s.date} · {s.luogo}
        </p>
      ))}
    </main>
  )
}
