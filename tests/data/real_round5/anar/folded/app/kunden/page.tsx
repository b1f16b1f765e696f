import { kunden } from "@/lib/kunden"

export default function KundenPage() {
  return (
    <main>
      <h1>Kunden</h1>
      <ul>{kunden.map((k) => <li key={k.id}>{k.name} · {k.email}</li>)}</ul>
    </main>
  )
}
