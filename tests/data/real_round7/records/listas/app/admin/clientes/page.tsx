import { obtenerClientes } from "@/lib/api"

// Clients fetched from the API: a name, an e-mail and a phone on each row.
export default async function Clientes() {
  const clientes = await obtenerClientes()
  return (
    <main>
      <h1>Cartera de clientes</h1>
      <table>
        <tbody>
          {clientes.map((cliente) => (
            <tr key={cliente.id}>
              <td>{cliente.name}</td>
              <td>{cliente.email}</td>
              <td>{cliente.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

// the app's own users: an e-mail and a phone, but a role they sign in with
export function Equipo({ usuarios }: { usuarios: { id: string; name: string; email: string; phone: string; role: string }[] }) {
  return (
    <section>
      <h2>Equipo</h2>
      {usuarios.map((u) => (
        <p key={u.id}>{u.name} {u.email} {u.phone} {u.role}</p>
      ))}
    </section>
  )
}
