"use client"

import { useState } from "react"

// A trial-lesson request: the studio's form backend forwards each one to the owner.
export function TrialForm() {
  const [sent, setSent] = useState(false)

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    await fetch("https://forms.example-relay.com/f/linden-trial", {
      method: "POST",
      body: data,
    })
    setSent(true)
  }

  if (sent) return <p>Thank you, we will call you back.</p>

  return (
    <form onSubmit={handleSubmit}>
      <h2>Book a free trial lesson</h2>
      <input name="name" placeholder="Your name" required />
      <input name="email" type="email" placeholder="E-mail" required />
      <input name="phone" type="tel" placeholder="Phone" />
      <button type="submit">Send request</button>
    </form>
  )
}
