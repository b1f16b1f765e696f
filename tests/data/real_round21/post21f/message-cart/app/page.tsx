"use client"

import { useState } from "react"
import Carrello from "@/components/carrello"
import BottoneFlottante from "@/components/bottone-flottante"

export default function Negozio() {
  const [righe] = useState<{ id: number; nome: string; prezzo: number; quantita: number }[]>([])
  return (
    <main>
      <h1>Bottega</h1>
      <Carrello righe={righe} />
      <BottoneFlottante carrello={righe} />
    </main>
  )
}
