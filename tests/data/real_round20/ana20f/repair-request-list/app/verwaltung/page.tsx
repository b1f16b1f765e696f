// a landlord's overview: what the tenants have asked to have fixed, newest first
const anfragen = [
  { id: 1, wohnung: "2B", anliegen: "Heizung bleibt kalt", status: "offen", datum: "2026-03-02" },
  { id: 2, wohnung: "4A", anliegen: "Fenster schließt nicht", status: "erledigt", datum: "2026-02-27" },
  { id: 3, wohnung: "1C", anliegen: "Wasserhahn tropft", status: "in Arbeit", datum: "2026-02-20" },
]

export default function Verwaltung() {
  return (
    <section>
      <h2>Wartungsanfragen</h2>
      <ul>
        {anfragen.map((a) => (
          <li key={a.id}>
            <strong>{a.wohnung}</strong> {a.anliegen} <em>{a.status}</em> <time>{a.datum}</time>
          </li>
        ))}
      </ul>
    </section>
  )
}
