import { customerRequests } from "@/lib/requests"

export default function RequestsPage() {
  return (
    <section>
      <h1>Customer Requests</h1>
      {customerRequests.map((r) => (
        <div key={r.id}>
          {r.customer} · {r.subject} · {r.priority} · {r.status}
        </div>
      ))}
    </section>
  )
}
