"use client"

import { useState } from "react"

export function NewExpense({ onSave }: { onSave: (expense: unknown) => void }) {
  const [what, setWhat] = useState("")
  const [amount, setAmount] = useState("")
  const [paidWith, setPaidWith] = useState("cash")

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ what, amount, paidWith }) }}>
      <h2>Record a workshop expense</h2>
      <label htmlFor="what">Spent on</label>
      <input id="what" value={what} onChange={(e) => setWhat(e.target.value)} />
      <label htmlFor="amount">Amount</label>
      <input id="amount" type="number" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <label htmlFor="paid">Paid with</label>
      <select id="paid" value={paidWith} onChange={(e) => setPaidWith(e.target.value)}>
        <option value="cash">Cash</option>
        <option value="card">Card</option>
      </select>
      <button type="submit">Save expense</button>
    </form>
  )
}
