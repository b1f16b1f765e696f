"use client"
// The owner's table of orders: each row is a table reserved for a day, an hour and a party.
import { useOrders } from "@/hooks/use-orders"

export default function Admin() {
  const { data: orders } = useOrders()
  return (
    <main>
      <h2>Orders</h2>
      <table>
        <tbody>
          {orders?.map((order: any) => (
            <tr key={order.id}>
              <td>{order.id}</td>
              <td>{order.visit_date}</td>
              <td>{order.visit_time}</td>
              <td>{order.party_size}</td>
              <td>{order.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
