import { VisitForm } from "@/components/visit-form"

export default function Home() {
  return (
    <main>
      <section>
        <h2>Contactos y reservas</h2>
        <VisitForm />
      </section>
    </main>
  )
}
