"use client"

import { useEffect, useState } from "react"

type Past = { id: string; total: number; status: string; customerInfo: { address: string } }

export function MyPastOrders() {
  const [past, setPast] = useState<Past[]>([])

  useEffect(() => {
    fetch("/api/me/orders")
      .then((r) => r.json())
      .then(setPast)
  }, [])

  return (
    <div>
      <h2>Things I bought</h2>
      {past.map((p) => (
        <div key={p.id}>
          <p>Delivered to {p.customerInfo.address}</p>
          <p>{p.status}</p>
          <p>${p.total}</p>
        </div>
      ))}
    </div>
  )
}
