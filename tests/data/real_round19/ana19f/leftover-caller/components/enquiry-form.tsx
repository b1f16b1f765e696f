"use client"
import { useState } from "react"

export function EnquiryForm() {
  const [name, setName] = useState("")
  const [email, setEmail] = useState("")
  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/enquiries", { method: "POST", body: JSON.stringify({ name, email }) })
  }
  return (
    <form onSubmit={send}>
      <h2>Ask about a tour</h2>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="Email" />
      <button type="submit">Send</button>
    </form>
  )
}
