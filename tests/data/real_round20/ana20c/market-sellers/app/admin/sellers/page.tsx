"use client"

import { useEffect, useState } from "react"

type Seller = { id: string; storeName: string; email: string; productCount: number; joinedAt: string }

export default function SellersAdmin() {
  const [sellers, setSellers] = useState<Seller[]>([])

  useEffect(() => {
    fetch("/api/admin/sellers")
      .then((r) => r.json())
      .then(setSellers)
  }, [])

  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Marketplace sellers</h1>
      <div className="grid gap-3">
        {sellers.map((seller) => (
          <article key={seller.id} className="rounded border p-3">
            <h3>{seller.storeName}</h3>
            <p>{seller.email}</p>
            <p>{seller.productCount} products listed</p>
            <p>Since {seller.joinedAt}</p>
          </article>
        ))}
      </div>
    </main>
  )
}
