"use client"

import { useEffect, useState } from "react"
import { fetchArticles, type Article } from "@/lib/api"

export default function ArticlesPage() {
  const [articles, setArticles] = useState<Article[]>([])

  useEffect(() => {
    fetchArticles().then(setArticles)
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-3xl font-bold">Artículos en venta</h1>
      <div className="grid grid-cols-3 gap-6">
        {articles.map((a) => (
          <div key={a.id} className="rounded border p-4">
            <h2>{a.name}</h2>
            <p>{a.price.toFixed(2)} €</p>
            <button>Añadir al carrito</button>
          </div>
        ))}
      </div>
    </main>
  )
}
