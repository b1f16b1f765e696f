"use client"

import { useEffect, useState } from "react"

type Payment = { id: string; amount: number; paidOn: string; receipt: string }
type Account = {
  id: string
  member: string
  totalDue: number
  paidAmount: number
  balanceDue: number
  status: string
  payments: Payment[]
}

export default function ClubFees({ view }: { view: "member" | "treasurer" }) {
  const [accounts, setAccounts] = useState<Account[]>([])
  useEffect(() => {
    fetch("/api/fees").then((r) => r.json()).then(setAccounts)
  }, [])

  if (view === "member") {
    const mine = accounts[0]
    return (
      <section>
        <h2>Dues & Receipts</h2>
        {mine?.payments.map((p) => (
          <div key={p.id}>
            <span>€{p.amount}</span>
            <span>{p.paidOn}</span>
            <span>Receipt {p.receipt}</span>
          </div>
        ))}
      </section>
    )
  }

  return (
    <section>
      <h2>Dues Overview</h2>
      <table>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>{a.member}</td>
              <td>€{a.totalDue}</td>
              <td>€{a.paidAmount}</td>
              <td>€{a.balanceDue}</td>
              <td>{a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
