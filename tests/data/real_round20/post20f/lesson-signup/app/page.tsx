import { VisitForm } from "@/components/visit-form"

export default function Home() {
  return (
    <main>
      <section>
        <h2>Umów się na bezpłatną konsultację</h2>
        <VisitForm />
      </section>
    </main>
  )
}
