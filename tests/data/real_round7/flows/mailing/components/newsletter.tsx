"use client"

import { useState } from "react"

// a footer box without a <form>: an e-mail and a button that posts it
export function Newsletter() {
  const [email, setEmail] = useState("")

  async function subscribe() {
    await fetch("/api/subscribe", { method: "POST", body: JSON.stringify({ email }) })
    setEmail("")
  }

  return (
    <div>
      <h3>Monthly garden letter</h3>
      <input type="email" placeholder="you@example.com" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button onClick={subscribe}>Subscribe</button>
    </div>
  )
}
