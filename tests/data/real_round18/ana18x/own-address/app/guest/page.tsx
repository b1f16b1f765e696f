"use client"

import { useState } from "react"

export default function GuestGifts() {
  const [email, setEmail] = useState("")

  async function handleSubmit(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/auth/request-otp", { method: "POST", body: JSON.stringify({ email }) })
  }

  return (
    <main>
      <h1>See the gifts you bought</h1>
      <form onSubmit={handleSubmit}>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit">Send me a code</button>
      </form>
    </main>
  )
}
