"use client"

import { useState } from "react"

export function SupplierCard() {
  const [farm, setFarm] = useState({ company: "", email: "", phone: "", notes: "" })
  const keep = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/suppliers/3", { method: "PUT", body: JSON.stringify(farm) })
  }
  return (
    <form onSubmit={keep}>
      <h2>Supplier details</h2>
      <label htmlFor="company">Company</label>
      <input id="company" value={farm.company} onChange={(e) => setFarm({ ...farm, company: e.target.value })} />
      <label htmlFor="email">E-mail</label>
      <input id="email" type="email" value={farm.email} onChange={(e) => setFarm({ ...farm, email: e.target.value })} />
      <label htmlFor="phone">Phone</label>
      <input id="phone" type="tel" value={farm.phone} onChange={(e) => setFarm({ ...farm, phone: e.target.value })} />
      <label htmlFor="notes">What they bring</label>
      <textarea id="notes" value={farm.notes} onChange={(e) => setFarm({ ...farm, notes: e.target.value })} />
      <button type="submit">Save supplier</button>
    </form>
  )
}
