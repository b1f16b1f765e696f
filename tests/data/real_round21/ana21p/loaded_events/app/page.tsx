import Link from "next/link"
import { getHappenings } from "@/lib/events"

export default async function Inicio() {
  const happenings = await getHappenings()
  const next = happenings.filter((h) => new Date(h.starts_at) > new Date()).slice(0, 3)

  return (
    <main>
      <section className="py-24 text-center">
        <h1 className="text-5xl font-bold">Centro Cultural La Ribera</h1>
        <Link href="/agenda">Ver la agenda</Link>
      </section>
      <section className="mx-auto max-w-5xl py-16">
        <h2 className="text-3xl font-semibold">Próximos eventos</h2>
        <div className="grid grid-cols-3 gap-6">
          {next.map((h) => (
            <article key={h.id} className="rounded-lg border p-4">
              <h3>{h.title}</h3>
              <p>{new Date(h.starts_at).toLocaleDateString("es-ES")}</p>
              <p>{h.venue}</p>
            </article>
          ))}
        </div>
      </section>
    </main>
  )
}
