"use client"
// Writing an invoice: its fields on the left, the sheet it makes on the right.
import { useState } from "react"
import { InvoicePaper } from "@/components/invoice-paper"

export function InvoiceEditor() {
  const [invoiceNumber, setInvoiceNumber] = useState("INV-001")
  const [clientName, setClientName] = useState("")
  const [dueDate, setDueDate] = useState("")
  const [amount, setAmount] = useState(0)
  return (
    <div className="grid grid-cols-2">
      <form onSubmit={(e) => e.preventDefault()}>
        <h2>New invoice</h2>
        <label htmlFor="invoiceNumber">Invoice number</label>
        <input id="invoiceNumber" name="invoiceNumber" value={invoiceNumber} onChange={(e) => setInvoiceNumber(e.target.value)} />
        <label htmlFor="clientName">Client</label>
        <input id="clientName" name="clientName" value={clientName} onChange={(e) => setClientName(e.target.value)} />
        <label htmlFor="dueDate">Due date</label>
        <input id="dueDate" name="dueDate" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        <label htmlFor="amount">Amount</label>
        <input id="amount" name="amount" type="number" value={amount} onChange={(e) => setAmount(Number(e.target.value))} />
        <button type="submit">Save invoice</button>
      </form>
      <InvoicePaper number={invoiceNumber} issued={dueDate} client={clientName} total={amount} />
    </div>
  )
}
