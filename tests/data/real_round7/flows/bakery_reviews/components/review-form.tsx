"use client"

import { useState } from "react"

function Stars({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  return (
    <div>
      {[1, 2, 3, 4, 5].map((n) => (
        <button key={n} type="button" onClick={() => onChange(n)}>
          {n <= value ? "★" : "☆"}
        </button>
      ))}
    </div>
  )
}

// a visitor rates the bakery: two ratings drawn by the project's own component, and a comment
export function ReviewForm() {
  const [taste, setTaste] = useState(0)
  const [service, setService] = useState(0)
  const [comment, setComment] = useState("")

  async function send(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/reviews", { method: "POST", body: JSON.stringify({ taste, service, comment }) })
  }

  return (
    <form onSubmit={send}>
      <h2>Rate your visit</h2>
      <Stars value={taste} onChange={setTaste} />
      <Stars value={service} onChange={setService} />
      <textarea value={comment} onChange={(e) => setComment(e.target.value)} />
      <button type="submit">Send review</button>
    </form>
  )
}
