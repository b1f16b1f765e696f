// Search results of an academy's CRM, handed in by the search page: names in Spanish, an
// e-mail and a mobile number on each row.
type Alumno = { id: string; nombres: string; email: string; celular: string }

export function Resultados({ alumnos }: { alumnos: Alumno[] }) {
  return (
    <div>
      <h2>Resultados</h2>
      {alumnos.map((a) => (
        <p key={a.id}>
          {a.nombres} · {a.email} · {a.celular}
        </p>
      ))}
    </div>
  )
}
