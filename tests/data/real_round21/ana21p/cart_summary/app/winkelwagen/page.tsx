"use client"

import { useState } from "react"

const euro = (value: number) => `€ ${value.toFixed(2).replace(".", ",")}`

export default function WinkelwagenPage() {
  const [lines] = useState<{ id: string; qty: number; price: number }[]>([])
  const subtotal = lines.reduce((sum, line) => sum + line.qty * line.price, 0)
  const total = subtotal + 4.95

  return (
    <main className="grid grid-cols-3 gap-8 p-8">
      <section className="col-span-2">{lines.length} artikelen</section>
      <aside className="rounded-xl border p-6">
        <h2 className="text-xl font-semibold">Overzicht</h2>
        <div className="mt-4 space-y-2">
          <div className="flex justify-between">
            <span>Artikelen ({lines.length})</span>
            <span>{euro(subtotal)}</span>
          </div>
          <div className="flex justify-between">
            <span>Verzendkosten</span>
            <span>€ 4,95</span>
          </div>
        </div>
        <div className="mt-4 border-t pt-4">
          <div className="flex justify-between font-bold">
            <span>Totaal</span>
            <span>{euro(total)}</span>
          </div>
        </div>
        <a href="/afrekenen" className="mt-6 block rounded bg-black py-3 text-center text-white">
          Afrekenen
        </a>
      </aside>
    </main>
  )
}
