// A Flemish bookkeeper's home: a greeting at the top, the open invoices further down.
const posten = [
  { id: "2025-041", klant: "Brouwerij Peeters", amount: 640, status: "pending", dueDate: "2025-05-30" },
  { id: "2025-042", klant: "Garage Maes", amount: 1210, status: "overdue", dueDate: "2025-05-02" },
]

export default function Start() {
  return (
    <main>
      <h1>Welkom terug, Sanne</h1>
      <p>Fijne werkdag.</p>
      <section>
        <h2>Openstaande posten</h2>
        {posten.map((p) => <div key={p.id}>{p.id} · {p.klant} · € {p.amount} · {p.status}</div>)}
      </section>
    </main>
  )
}
