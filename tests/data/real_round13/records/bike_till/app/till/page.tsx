"use client"

import { useState } from "react"
import { BasketPanel } from "@/components/basket-panel"
import { ParcelStatus } from "@/components/parcel-status"
import { SaleSlip } from "@/components/sale-slip"

type Line = { id: string; label: string; qty: number; unitPrice: number }

export default function TillPage() {
  const [lines] = useState<Line[]>([
    { id: "l1", label: "Inner tube 28in", qty: 2, unitPrice: 7.5 },
    { id: "l2", label: "Brake tune-up", qty: 1, unitPrice: 25 },
  ])
  const [closed] = useState(false)
  const amount = lines.reduce((sum, l) => sum + l.qty * l.unitPrice, 0)
  return (
    <main>
      <h1>Workshop till</h1>
      <BasketPanel lines={lines} amount={amount} />
      <ParcelStatus lines={lines} total={amount} placedDate="2025-03-12" />
      {closed && <SaleSlip lines={lines} total={amount} saleNo="T-0042" soldOn="2025-03-14" />}
    </main>
  )
}
