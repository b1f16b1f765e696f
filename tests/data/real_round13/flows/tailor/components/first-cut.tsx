"use client"

import { useState } from "react"

// one box for the visitor's e-mail under a call to action: the way to reach them is the lead
export function FirstCut() {
  const [mail, setMail] = useState("")

  const go = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/first-cut", { method: "POST", body: JSON.stringify({ mail }) })
  }

  return (
    <section>
      <h2>Your first suit starts here</h2>
      <form onSubmit={go}>
        <input type="email" placeholder="you@example.com" value={mail} onChange={(e) => setMail(e.target.value)} />
        <button type="submit">Get started</button>
      </form>
    </section>
  )
}
