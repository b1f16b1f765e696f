"use client"
// A Portuguese call-centre CRM: the page's title is a prop of its own header component.
import useSWR from "swr"
import { PageHeader } from "@/components/page-header"

export default function ClientesPage() {
  const { data: clientes = [] } = useSWR("/api/clientes", (u: string) => fetch(u).then((r) => r.json()))
  return (
    <div>
      <PageHeader title="Clientes" description="Quem ligou esta semana" />
      {clientes.map((c: any) => <div key={c.telefone}><strong>{c.nome}</strong> {c.telefone}</div>)}
    </div>
  )
}
