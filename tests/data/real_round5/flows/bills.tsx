"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

// a supplier's bill keyed in by the office: its words are Korean, its field names say invoice
export function SupplierBill() {
  const [bill, setBill] = useState({ invoiceNumber: "", dueDate: "", amount: 0 })
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>공급업체 정보</h2>
      <Input value={bill.invoiceNumber} onChange={(e) => setBill({ ...bill, invoiceNumber: e.target.value })} />
      <Input type="date" value={bill.dueDate} onChange={(e) => setBill({ ...bill, dueDate: e.target.value })} />
      <Input type="number" value={bill.amount} onChange={(e) => setBill({ ...bill, amount: +e.target.value })} />
      <Button type="submit">제출</Button>
    </form>
  )
}

// a one-off charge for a member: titled as an invoice, asking for an amount and what it is for
export function ChargeMember() {
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  return (
    <div>
      <h2>Nieuwe factuur</h2>
      <Input id="amount" type="number" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <textarea id="description" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button onClick={() => console.log(amount, note)}>Aanmaken</Button>
    </div>
  )
}

// giving money back on an invoice that exists: one amount, no new document
export function RefundBox() {
  const [amount, setAmount] = useState("")
  return (
    <div>
      <h2>Factuur terugbetalen</h2>
      <Input id="amount" type="number" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <Button onClick={() => console.log(amount)}>Bevestigen</Button>
    </div>
  )
}
