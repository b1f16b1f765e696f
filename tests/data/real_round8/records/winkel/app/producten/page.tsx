"use client"

import { useEffect, useState } from "react"

type Fiets = { id: string; naam: string; prijs: number; foto: string }

export default function ProductenPage() {
  const [fietsen, setFietsen] = useState<Fiets[]>([])

  useEffect(() => {
    fetch("/api/catalogus")
      .then((r) => r.json())
      .then(setFietsen)
  }, [])

  return (
    <main>
      <h1>Onze fietsen</h1>
      <div className="grid grid-cols-3 gap-4">
        {fietsen.map((fiets) => (
          <a key={fiets.id} href={`/product/${fiets.id}`} className="rounded border p-4">
            <img src={fiets.foto} alt={fiets.naam} />
            <h3>{fiets.naam}</h3>
            <span>€{fiets.prijs}</span>
          </a>
        ))}
      </div>
    </main>
  )
}
