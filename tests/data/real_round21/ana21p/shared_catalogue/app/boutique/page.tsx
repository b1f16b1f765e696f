"use client"

import { useEffect, useState } from "react"
import { loadTeas, type Tea } from "@/lib/teas"

export default function BoutiquePage() {
  const [teas, setTeas] = useState<Tea[]>([])

  useEffect(() => {
    loadTeas().then(setTeas)
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-3xl font-bold">Tous nos thés</h1>
      <div className="grid grid-cols-3 gap-6">
        {teas.map((tea) => (
          <div key={tea.id} className="rounded border p-4">
            <img src={tea.image} alt={tea.name} />
            <h2>{tea.name}</h2>
            <p>{tea.price.toFixed(2)} €</p>
            <button>Ajouter au panier</button>
          </div>
        ))}
      </div>
    </main>
  )
}
