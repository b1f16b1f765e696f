"use client"

import { useState } from "react"

// the admin marks an existing bill as paid and notes how: no purchase happens here
export function InvoicePaymentDialog({ bill }: { bill: { number: string; total: number } }) {
  const [method, setMethod] = useState("cash")
  return (
    <div>
      <h2>Invoice {bill.number}</h2>
      <select value={method} onChange={(e) => setMethod(e.target.value)}>
        <option value="cash">Cash</option>
        <option value="card">Card</option>
        <option value="transfer">Bank transfer</option>
      </select>
      <button onClick={() => fetch(`/api/bills/${bill.number}/paid`, { method: "POST" })}>Pay</button>
    </div>
  )
}
