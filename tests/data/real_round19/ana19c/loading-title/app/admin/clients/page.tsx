"use client"

import { useEffect, useState } from "react"

export default function ClientsPage() {
  const [clients, setClients] = useState<any[]>([])
  const [loading, setLoading] = useState(true)

  useEffect(() => {
    fetch("/api/clients")
      .then((r) => r.json())
      .then((rows) => {
        setClients(rows)
        setLoading(false)
      })
  }, [])

  if (loading) {
    return (
      <div>
        <h1>Clients</h1>
        <p>Loading…</p>
      </div>
    )
  }

  return (
    <div>
      <h1>Clients</h1>
      <section>
        <h3>Everyone on file</h3>
        {clients.map((client) => (
          <div key={client.id}>
            {client.full_name} · {client.email} · {client.phone}
          </div>
        ))}
      </section>
    </div>
  )
}
