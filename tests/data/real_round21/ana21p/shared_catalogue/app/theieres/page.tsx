"use client"

import { useEffect, useState } from "react"
import { db } from "@/lib/db"

export default function TheieresPage() {
  const [products, setProducts] = useState<{ id: string; name: string; price: number }[]>([])

  useEffect(() => {
    db.from("products").select().then(({ data }) => setProducts(data))
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-3xl font-bold">Théières en fonte</h1>
      <div className="grid grid-cols-3 gap-6">
        {products.map((item) => (
          <div key={item.id} className="rounded border p-4">
            <h2>{item.name}</h2>
            <p>{item.price} €</p>
            <button>Ajouter au panier</button>
          </div>
        ))}
      </div>
    </main>
  )
}
