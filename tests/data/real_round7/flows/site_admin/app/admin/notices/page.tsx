"use client"

import { useState } from "react"

// short notes shown in the shop's footer ("Closed on Mondays"), in the order chosen here
export default function NoticesAdmin() {
  const [content, setContent] = useState("")
  const [sortOrder, setSortOrder] = useState(1)
  const [isActive, setIsActive] = useState(true)

  async function handleSubmit(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/notices", { method: "POST", body: JSON.stringify({ content, sortOrder, isActive }) })
  }

  return (
    <div>
      <h2>Edit notice</h2>
      <form onSubmit={handleSubmit}>
        <textarea name="content" value={content} onChange={(e) => setContent(e.target.value)} />
        <input name="sort_order" type="number" value={sortOrder} onChange={(e) => setSortOrder(Number(e.target.value))} />
        <input name="is_active" type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} />
        <button type="submit">Save</button>
      </form>
    </div>
  )
}
