"use client"

import { useEffect, useState } from "react"

type FeeRow = { id: string; holder: string; paidAt: string; fee_total: number; status: string }

export default function FeesPage() {
  const [fees, setFees] = useState<FeeRow[]>([])

  useEffect(() => {
    fetch("/api/fees")
      .then((r) => r.json())
      .then(setFees)
  }, [])

  return (
    <main className="p-6">
      <h2 className="text-xl font-semibold">Cuotas del club</h2>
      <table>
        <tbody>
          {fees.map((fee) => (
            <tr key={fee.id}>
              <td>{fee.holder}</td>
              <td>{new Date(fee.paidAt).toLocaleDateString()}</td>
              <td>{fee.fee_total} €</td>
              <td>{fee.status === "settled" ? "Saldada" : "Pendiente"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
