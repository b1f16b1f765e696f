"use client"

import { useState } from "react"
import Link from "next/link"

type Client = { id: string; name: string; email: string }

export function ClientList({ clients }: { clients: Client[] }) {
  const [q, setQ] = useState("")
  const shown = clients.filter((c) => c.name.includes(q) || c.email.includes(q))
  return (
    <section>
      <header>
        <h1>Clientes</h1>
      </header>
      <div>
        <Link href="/clients/new">
          <Button>Nuevo cliente</Button>
        </Link>
      </div>
      <div>
        <Input placeholder="Nombre o email del cliente" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {shown.map((c) => (
        <p key={c.id}>{c.name}</p>
      ))}
    </section>
  )
}
