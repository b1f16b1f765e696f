"use client"

import { useState } from "react"

export default function ReachUsPage() {
  const [visitor, setVisitor] = useState({ name: "", email: "", message: "" })

  async function send() {
    await fetch("/api/enquiries", { method: "POST", body: JSON.stringify(visitor) })
  }

  return (
    <form onSubmit={send}>
      <h2>Write to the studio</h2>
      <input value={visitor.name} onChange={(e) => setVisitor({ ...visitor, name: e.target.value })} />
      <input
        type="email"
        value={visitor.email}
        onChange={(e) => setVisitor({ ...visitor, email: e.target.value })}
      />
      <textarea
        value={visitor.message}
        onChange={(e) => setVisitor({ ...visitor, message: e.target.value })}
      />
      <button type="submit">Send</button>
    </form>
  )
}
