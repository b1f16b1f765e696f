"use client"

import { useState } from "react"

// professionals register to buy at trade prices: their details, then "Create account"; the
// password is set later from an e-mailed link, so no password field is on this form
export function RegisterForm() {
  const [data, setData] = useState({ fullName: "", email: "", licence: "", trade: "" })

  async function submit(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/professionals", { method: "POST", body: JSON.stringify(data) })
  }

  return (
    <form onSubmit={submit}>
      <h2>Professional details</h2>
      <input name="fullName" value={data.fullName} onChange={(e) => setData({ ...data, fullName: e.target.value })} />
      <input name="email" type="email" value={data.email} onChange={(e) => setData({ ...data, email: e.target.value })} />
      <input name="licence" value={data.licence} onChange={(e) => setData({ ...data, licence: e.target.value })} />
      <select name="trade" value={data.trade} onChange={(e) => setData({ ...data, trade: e.target.value })}>
        <option>Florist</option>
        <option>Landscaper</option>
      </select>
      <button type="submit">Create account</button>
    </form>
  )
}
