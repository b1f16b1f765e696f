"use client"

import { useEffect, useState } from "react"

type Fiets = { id: string; naam: string; prijs: number }

export default function FietsPage({ params }: { params: { slug: string } }) {
  const [andere, setAndere] = useState<Fiets[]>([])
  useEffect(() => {
    fetch(`/api/catalogus?naast=${params.slug}`).then((r) => r.json()).then(setAndere)
  }, [params.slug])
  return (
    <main>
      <h1>Stadsfiets</h1>
      <h2>Misschien ook iets voor jou</h2>
      {andere.map((fiets) => (
        <div key={fiets.id}>
          <h3>{fiets.naam}</h3>
          <span>€{fiets.prijs}</span>
        </div>
      ))}
    </main>
  )
}
