"use client"

import { useEffect, useState } from "react"
import { myOrders, type Order } from "@/lib/orders"

// the buyer's own history: no buyer named on any row, so no board of the shop's sales
export default function MyOrders() {
  const [orders, setOrders] = useState<Order[]>([])
  useEffect(() => {
    myOrders().then(setOrders)
  }, [])
  return (
    <main>
      <h1 className="text-3xl font-bold">Your orders</h1>
      {orders.map((order) => (
        <div key={order.id}>
          <p>{order.id} · {order.status}</p>
          <p className="font-bold">${order.total.toFixed(2)}</p>
          <p>{order.createdAt.toLocaleDateString()}</p>
        </div>
      ))}
    </main>
  )
}
