import { clients } from "@/lib/client-book"

export default function ClientsPage() {
  return (
    <main>
      <h1>Defter</h1>
      <ul>
        {clients.map((c) => (
          <li key={c.id}>
            {c.name} · {c.email} · {c.phone} · {c.totalSpent}
          </li>
        ))}
      </ul>
    </main>
  )
}
