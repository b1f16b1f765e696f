"use client"

import { useEffect, useState } from "react"
import { listOrders, type Order } from "@/lib/orders"

// a marketplace's admin board: every buyer's order, by the account that placed it
export default function OrdersBoard() {
  const [orders, setOrders] = useState<Order[]>([])
  useEffect(() => {
    listOrders().then(setOrders)
  }, [])
  return (
    <main>
      <h1 className="text-3xl font-bold">All orders</h1>
      {orders.map((order) => (
        <div key={order.id} className="rounded border p-4">
          <p>
            {order.id} · {order.status}
          </p>
          <p>
            {order.userName} · {order.userEmail}
          </p>
          <p className="font-bold">${order.total.toFixed(2)}</p>
          <p>{order.createdAt.toLocaleDateString()}</p>
        </div>
      ))}
    </main>
  )
}
