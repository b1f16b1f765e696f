"use client"

import { useState } from "react"

export function TransferProof() {
  const [slip, setSlip] = useState<File | null>(null)
  const [agreed, setAgreed] = useState(false)
  const confirm = async (e: React.FormEvent) => {
    e.preventDefault()
    const body = new FormData()
    if (slip) body.append("slip", slip)
    await fetch("/api/transfers", { method: "POST", body })
  }
  return (
    <form onSubmit={confirm}>
      <h2>Send us your transfer</h2>
      <label htmlFor="payment-slip">Payment slip (photo of the bank transfer)</label>
      <input id="payment-slip" type="file" onChange={(e) => setSlip(e.target.files?.[0] ?? null)} />
      <label htmlFor="terms">
        <input id="terms" type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
        I accept the retreat rules
      </label>
      <button type="submit">Confirm my place</button>
    </form>
  )
}
