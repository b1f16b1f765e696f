"use client"
// The calendar page writes the same evenings out again, with Date objects (months from 0).
export default function Kalender() {
  const termine = [
    { id: "a", titel: "Sommerfest am See", datum: new Date(2025, 6, 12), ort: "Uferpark" },
    { id: "b", titel: "Lesenacht", datum: new Date(2025, 7, 3), ort: "Bibliothek" },
    { id: "c", titel: "Herbstmarkt", datum: new Date("2025-09-14"), ort: "Marktplatz" },
  ]
  return (
    <ul>
      {termine.map((t) => (
        <li key={t.id}>
          {t.titel} – {t.datum.toLocaleDateString("de-DE")} – {t.ort}
        </li>
      ))}
    </ul>
  )
}
