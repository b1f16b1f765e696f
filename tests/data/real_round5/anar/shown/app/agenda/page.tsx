import { citas } from "@/lib/datos"

export default function Agenda() {
  return (
    <main>
      <h1>Hoy en el consultorio</h1>
      {citas.map((c) => <p key={c.id}>{c.time} · {c.patient} · {c.service}</p>)}
    </main>
  )
}
