const roll = [
  { id: 1, nombre: "Lucía Pérez", curso: "3A" },
  { id: 2, nombre: "Tomás Ruiz", curso: "2B" },
]

export default function PupilsPage() {
  return (
    <main>
      <h1>Gestión de Estudiantes</h1>
      <table>
        <tbody>
          {roll.map((s) => (
            <tr key={s.id}>
              <td>{s.nombre}</td>
              <td>{s.curso}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
