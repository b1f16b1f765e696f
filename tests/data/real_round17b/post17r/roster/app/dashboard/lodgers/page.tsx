import { listLodgers } from "@/lib/lodgers"

function Waiting() {
  return (
    <div className="card">
      <h3>Loading students...</h3>
      <ul>
        {Array.from({ length: 4 }).map((_, n) => (
          <li key={n} className="h-6 animate-pulse bg-muted" />
        ))}
      </ul>
    </div>
  )
}

function Everyone() {
  const rows = listLodgers()
  return (
    <div className="card">
      <h3>All students</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <span>{r.fullName}</span> <span>{r.flat}</span> <small>{r.email}</small>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default function LodgersPage({ ready }: { ready: boolean }) {
  return <main>{ready ? <Everyone /> : <Waiting />}</main>
}
