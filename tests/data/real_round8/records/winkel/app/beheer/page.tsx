"use client"

import { useEffect, useState } from "react"

type Regel = { id: string; naam: string; prijs: number; aantal: number }

// the cart of the shop's back office: lines with a quantity and what they come to
export default function WinkelwagenBeheer() {
  const [regels, setRegels] = useState<Regel[]>([])
  useEffect(() => {
    fetch("/api/winkelwagen").then((r) => r.json()).then(setRegels)
  }, [])
  return (
    <section>
      <h2>Winkelwagen</h2>
      {regels.map((regel) => (
        <div key={regel.id}>
          {regel.naam} × {regel.quantity} — €{regel.prijs * regel.quantity}
        </div>
      ))}
    </section>
  )
}
