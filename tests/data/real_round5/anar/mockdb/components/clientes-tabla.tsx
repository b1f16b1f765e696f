import type { Cliente } from "@/lib/types"

export function ClientesTabla({ clientes }: { clientes: Cliente[] }) {
  return (
    <table>
      <tbody>
        {clientes.map((c) => <tr key={c.id}><td>{c.name}</td><td>{c.email}</td></tr>)}
      </tbody>
    </table>
  )
}
