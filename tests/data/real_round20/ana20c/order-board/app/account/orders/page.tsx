const myOrders = [
  { id: "B-118", date: "2025-01-12", total: "€ 40", status: "delivered" },
  { id: "B-207", date: "2025-02-20", total: "€ 65", status: "on its way" },
]

export default function MyOrders() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Mis pedidos</h1>
      <ul>
        {myOrders.map((order) => (
          <li key={order.id}>
            {order.id} · {order.date} · {order.total} · {order.status}
          </li>
        ))}
      </ul>
    </main>
  )
}
