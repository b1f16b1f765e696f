// Appointments handed in by the parent page; each row shows who, for what, and when.
type Cita = { id: string; client: { name: string }; service: string; scheduledTime: string }

export function AgendaDelDia({ citas }: { citas: Cita[] }) {
  return (
    <div>
      <h3>Agenda de hoy</h3>
      {citas.map((c) => (
        <p key={c.id}>
          {c.client.name} · {c.service} · {c.scheduledTime}
        </p>
      ))}
    </div>
  )
}

export function Tareas({ tareas }: { tareas: { id: string; staff: string; time: string; priority: string; status: string }[] }) {
  // housekeeping tasks have a time, someone who serves and a status, and an urgency: no visit
  return (
    <div>
      <h3>Tareas pendientes</h3>
      {tareas.map((t) => (
        <p key={t.id}>
          {t.staff} {t.time} {t.priority} {t.status}
        </p>
      ))}
    </div>
  )
}
