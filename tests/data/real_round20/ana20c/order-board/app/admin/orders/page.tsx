const latestOrders = [
  { id: "B-301", customer: "Casa Lumen", date: "2025-03-02", total: "€ 412", status: "shipped" },
  { id: "B-302", customer: "Atelier Nord", date: "2025-03-03", total: "€ 98", status: "paid" },
  { id: "B-303", customer: "Verde & Co", date: "2025-03-04", total: "€ 1 230", status: "pending" },
]

export default function OrdersBoard() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Pedidos recientes</h1>
      <table>
        <tbody>
          {latestOrders.map((order) => (
            <tr key={order.id}>
              <td>{order.id}</td>
              <td>{order.customer}</td>
              <td>{order.date}</td>
              <td>{order.total}</td>
              <td>{order.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
