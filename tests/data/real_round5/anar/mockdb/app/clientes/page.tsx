"use client"
import { useEffect, useState } from "react"
import { api } from "@/lib/api/cliente"
import { ClientesTabla } from "@/components/clientes-tabla"

export default function ClientesPage() {
  const [clientes, setClientes] = useState<any[]>([])
  const [busqueda, setBusqueda] = useState("")
  useEffect(() => {
    api.get("/api/clientes").then(setClientes)
  }, [])
  const filtrados = clientes.filter((c) => c.name.includes(busqueda))
  return (
    <div>
      <h1>Clientes</h1>
      <input placeholder="Buscar" value={busqueda} onChange={(e) => setBusqueda(e.target.value)} />
      <ClientesTabla clientes={filtrados} />
    </div>
  )
}
