const talleres = [
  { id: 1, title: "Taller de cerámica", date: "2026-05-09", time: "18:00", place: "Sala 2" },
  { id: 2, title: "Noche de poesía", date: "2026-05-16", time: "20:00", place: "Patio" },
]

export default function AgendaPage() {
  return (
    <main className="p-8">
      <h2 className="text-3xl font-semibold">Próximos eventos</h2>
      {talleres.map((t) => (
        <div key={t.id}>
          <h3>{t.title}</h3>
          <p>
            {t.date} · {t.time} · {t.place}
          </p>
        </div>
      ))}
    </main>
  )
}
