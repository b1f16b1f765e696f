"use client"

import { useState } from "react"

// the cakes the bakery sells: same admin look as the content pages, but each one has a name
// and a price, so it is a business record
export default function CakesAdmin() {
  const [form, setForm] = useState({ name: "", price: 0, description: "", sort_order: 0, is_active: true })

  async function handleSubmit(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/cakes", { method: "POST", body: JSON.stringify(form) })
  }

  return (
    <div>
      <h2>Edit cake</h2>
      <form onSubmit={handleSubmit}>
        <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <input name="price" type="number" value={form.price} onChange={(e) => setForm({ ...form, price: Number(e.target.value) })} />
        <textarea name="description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        <input name="sort_order" type="number" value={form.sort_order} onChange={(e) => setForm({ ...form, sort_order: Number(e.target.value) })} />
        <input name="is_active" type="checkbox" checked={form.is_active} onChange={(e) => setForm({ ...form, is_active: e.target.checked })} />
        <button type="submit">Save</button>
      </form>
    </div>
  )
}
