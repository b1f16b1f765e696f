const roomPayments = [
  { id: "PM-1", reservationId: "R-880", amount: 320, date: "2025-05-01", method: "Card", status: "paid" },
  { id: "PM-2", reservationId: "R-881", amount: 145, date: "2025-05-02", method: "Cash", status: "pending" },
  { id: "PM-3", reservationId: "R-884", amount: 610, date: "2025-05-02", method: "Transfer", status: "paid" },
]

export default function AdminPage() {
  return (
    <main>
      <h1>Front desk payments</h1>
      {roomPayments.map((p) => (
        <p key={p.id}>
          {p.reservationId} {p.amount} {p.date} {p.method} {p.status}
        </p>
      ))}
    </main>
  )
}
