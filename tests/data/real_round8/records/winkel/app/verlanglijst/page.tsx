"use client"

import { useEffect, useState } from "react"

type Fiets = { id: string; naam: string; prijs: number }

// the bikes a visitor saved for later: their own picks, not the shop's catalogue
export default function Verlanglijst() {
  const [wishlist, setWishlist] = useState<Fiets[]>([])
  useEffect(() => {
    setWishlist(JSON.parse(localStorage.getItem("wishlist") ?? "[]"))
  }, [])
  return (
    <main>
      <h1>Mijn verlanglijst</h1>
      {wishlist.map((fiets) => (
        <div key={fiets.id}>
          <h3>{fiets.naam}</h3>
          <span>€{fiets.prijs}</span>
        </div>
      ))}
    </main>
  )
}
