"use client"

type Delivery = { id: string; date: string; customerName: string; orderTotal: number }

// a bakery's month of deliveries: each order due that day, its customer and what it costs
export function DeliveryMonth({ deliveries, month }: { deliveries: Delivery[]; month: Date }) {
  const first = new Date(month.getFullYear(), month.getMonth(), 1)
  const pad = first.getDay()
  const cells = Array.from({ length: 35 }, (_, i) => i - pad + 1)
  return (
    <section>
      <h2>Deliveries this month</h2>
      <div className="grid grid-cols-7">
        {cells.map((n) => (
          <div key={n}>
            {deliveries
              .filter((d) => new Date(d.date).getDate() === n)
              .map((d) => (
                <p key={d.id}>
                  {d.customerName} · {d.orderTotal.toFixed(2)}
                </p>
              ))}
          </div>
        ))}
      </div>
    </section>
  )
}
