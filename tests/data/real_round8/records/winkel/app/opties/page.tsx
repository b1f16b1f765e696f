"use client"

import { useEffect, useState } from "react"

type Optie = { id: string; naam: string; price_modifier: number }

// what each option adds to a configured bike: options of the product, not goods of their own
export default function Opties() {
  const [opties, setOpties] = useState<Optie[]>([])
  useEffect(() => {
    fetch("/api/opties").then((r) => r.json()).then(setOpties)
  }, [])
  return (
    <section>
      <h2>Kies je uitrusting</h2>
      {opties.map((optie) => (
        <div key={optie.id}>
          {optie.naam} +€{optie.price_modifier}
        </div>
      ))}
    </section>
  )
}
