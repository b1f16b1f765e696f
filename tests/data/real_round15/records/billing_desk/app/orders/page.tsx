import { loadOrders } from "@/lib/ledger"

export default async function OrdersBoard() {
  const orders = await loadOrders()
  return (
    <section>
      <h2>Pedidos</h2>
      <ul>
        {orders.map((o) => (
          <li key={o.id}>
            <span>{o.cliente}</span>
            <span>{o.fecha}</span>
            <span>{o.monto} €</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
