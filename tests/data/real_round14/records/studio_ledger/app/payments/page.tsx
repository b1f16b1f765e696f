const receivedPayments = [
  { id: 11, date: "2025-03-02", member: "Lena Vogel", description: "Ten-class card", amount: "$140", status: "Settled" },
  { id: 12, date: "2025-03-04", member: "Tomás Ruiz", description: "Monthly pass", amount: "$90", status: "Settled" },
  { id: 13, date: "2025-03-06", member: "Aiko Sato", description: "Drop-in", amount: "$18", status: "Refunded" },
]

const cashDrawer = [
  { id: 1, date: "2025-03-02", type: "in", client: "Walk-in", amount: 40 },
  { id: 2, date: "2025-03-02", type: "out", client: "Supplier", amount: 15 },
]

export default function PaymentsPage() {
  return (
    <main>
      <h1>Studio payments</h1>
      <section>
        <h2>Received this month</h2>
        <table>
          <tbody>
            {receivedPayments.map((p) => (
              <tr key={p.id}>
                <td>{p.date}</td>
                <td>{p.member}</td>
                <td>{p.description}</td>
                <td>{p.amount}</td>
                <td>{p.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Till</h2>
        <ul>
          {cashDrawer.map((c) => (
            <li key={c.id}>
              {c.date} {c.type} {c.client} {c.amount}
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
