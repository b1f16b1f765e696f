const talleres = {
  "t-01": { title: "Cerámica para principiantes", date: "2026-05-09", location: "Estudio Norte", capacity: 8 },
  "t-02": { title: "Encuadernación japonesa", date: "2026-05-23", location: "Estudio Norte", capacity: 6 },
}

export function Talleres() {
  return (
    <section>
      {Object.values(talleres).map((t) => (
        <p key={t.title}>{t.title} — {t.date}</p>
      ))}
    </section>
  )
}
