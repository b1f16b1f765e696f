import { empleados, socios } from "@/lib/socios"

export default function SociosPage() {
  return (
    <main>
      <h1>Socios del club</h1>
      {socios.map((s) => (
        <div key={s.id}>
          {s.nombre} · {s.phone} · {s.sellos} sellos
        </div>
      ))}
      <h2>Turnos</h2>
      {empleados.map((e) => (
        <div key={e.id}>
          {e.nombre} · {e.turno}
        </div>
      ))}
    </main>
  )
}
