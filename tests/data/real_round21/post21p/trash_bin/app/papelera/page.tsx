"use client"

import { useEffect, useState } from "react"
import { fetchDeletedArticles, type Article } from "@/lib/api"

export default function BinPage() {
  const [articles, setArticles] = useState<Article[]>([])

  useEffect(() => {
    fetchDeletedArticles().then(setArticles)
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-3xl font-bold">Papelera</h1>
      <div className="grid grid-cols-3 gap-6">
        {articles.map((a) => (
          <div key={a.id} className="rounded border p-4">
            <h2>{a.name}</h2>
            <p>{a.price.toFixed(2)} €</p>
            <p>Eliminado el {a.deletedAt}</p>
            <button>Restaurar</button>
          </div>
        ))}
      </div>
    </main>
  )
}
