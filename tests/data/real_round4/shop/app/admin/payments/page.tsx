"use client"
import { Button } from "@/components/ui/button"

export default function PaymentsAdmin({ rows }: { rows: { id: string; buyer: string }[] }) {
  const refresh = async (id: string) => {
    await fetch("/api/payments/check-status", { method: "POST", body: JSON.stringify({ id }) })
  }
  return (
    <div>
      <h1>Zahlungen verfolgen</h1>
      {rows.map((r) => <div key={r.id}>{r.buyer}<Button onClick={() => refresh(r.id)}>Aktualisieren</Button></div>)}
    </div>
  )
}
