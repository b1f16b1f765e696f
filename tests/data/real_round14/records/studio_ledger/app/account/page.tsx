const myPayments = [
  { id: 1, date: "2025-01-03", description: "Quarterly pass", amount: "$210", status: "Paid", invoice: "INV-2025-014" },
  { id: 2, date: "2025-04-02", description: "Quarterly pass", amount: "$210", status: "Paid", invoice: "INV-2025-051" },
  { id: 3, date: "2025-07-01", description: "Quarterly pass", amount: "$210", status: "Due", invoice: "INV-2025-097" },
]

export default function AccountPage() {
  return (
    <section>
      <h2>Billing history</h2>
      {myPayments.map((p) => (
        <div key={p.id}>
          {p.date} {p.description} {p.amount} {p.status} {p.invoice}
        </div>
      ))}
    </section>
  )
}
