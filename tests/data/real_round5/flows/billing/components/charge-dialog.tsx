"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { refundCharge, renameCharge } from "@/lib/gateway"

export function ChargeDialog({ charge }: { charge: { id: string; amount: number; label: string } }) {
  const [busy, setBusy] = useState(false)

  const handleRefund = async () => {
    setBusy(true)
    await refundCharge(charge.id, charge.amount)
    setBusy(false)
  }

  const handleRename = async () => {
    await renameCharge(charge.id, charge.label + " (renamed)")
  }

  const handlePayNow = () => {
    window.open(`/pay/${charge.id}`, "_blank")
  }

  return (
    <div>
      <h2>Charge details</h2>
      <p>{charge.label}</p>
      <Button onClick={handlePayNow}>Pay now</Button>
      <Button onClick={handleRefund} disabled={busy}>Refund</Button>
      <Button onClick={handleRename}>Rename</Button>
    </div>
  )
}
