import { getHappenings } from "@/lib/events"

export default async function AdminPage() {
  const happenings = await getHappenings()

  return (
    <main className="p-8">
      <h1 className="text-2xl font-bold">Panel de administración</h1>
      <section className="mt-6 rounded-lg border">
        <h2 className="p-4 font-semibold">Gestión de eventos</h2>
        <table className="w-full">
          <tbody>
            {happenings.map((h) => (
              <tr key={h.id}>
                <td>{h.title}</td>
                <td>{h.venue}</td>
                <td>
                  <button>Editar</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  )
}
