"use client"

import { useState } from "react"

export function AskUs() {
  const [name, setName] = useState("")
  const [email, setEmail] = useState("")
  const [question, setQuestion] = useState("")

  async function ask() {
    await fetch("/api/questions", { method: "POST", body: JSON.stringify({ name, email, question, from: "studio" }) })
  }

  return (
    <form onSubmit={ask}>
      <h3>Contact us</h3>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Your name" />
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="Your email" />
      <textarea value={question} onChange={(e) => setQuestion(e.target.value)} placeholder="Your question" />
      <button type="submit">Send question</button>
    </form>
  )
}
