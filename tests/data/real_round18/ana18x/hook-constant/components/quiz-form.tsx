"use client"

import { useState } from "react"
import { QUIZ_HOOK } from "@/lib/endpoints"

export function QuizForm() {
  const [email, setEmail] = useState("")
  const [score, setScore] = useState(0)

  async function handleSubmit(e: React.FormEvent) {
    e.preventDefault()
    await fetch(QUIZ_HOOK, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, score }),
    })
  }

  return (
    <form onSubmit={handleSubmit}>
      <h2>Send me my readiness score</h2>
      <label htmlFor="email">Email</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="number" value={score} onChange={(e) => setScore(Number(e.target.value))} />
      <button type="submit">Email my score</button>
    </form>
  )
}
