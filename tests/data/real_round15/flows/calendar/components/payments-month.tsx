"use client"

type Payment = { id: string; clientName: string; paidOn: string }

// last payments with a monthly count: a weekday helper, but one list, no grid of days
export function PaymentsMonth({ payments }: { payments: Payment[] }) {
  const sundays = payments.filter((p) => new Date(p.paidOn).getDay() === 0).length
  return (
    <section>
      <h2>Recent payments ({sundays} on Sundays)</h2>
      <ul>
        {payments.map((p) => (
          <li key={p.id}>{p.clientName}</li>
        ))}
      </ul>
    </section>
  )
}
