"use client"

import { useState } from "react"

export default function ApprenticePage() {
  const [sent, setSent] = useState(false)

  const onSend = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setSent(true)
  }

  if (sent) return <p>Thanks, we read every letter.</p>

  return (
    <form onSubmit={onSend}>
      <h2>Weekend baking school: application</h2>
      <label htmlFor="fullName">Your name</label>
      <input id="fullName" name="fullName" />
      <label htmlFor="email">E-mail</label>
      <input id="email" name="email" type="email" />
      <label htmlFor="level">Baking so far</label>
      <select id="level" name="level">
        <option>Never</option>
        <option>At home</option>
      </select>
      <label htmlFor="why">Why this course?</label>
      <textarea id="why" name="why" />
      <button type="submit">Send my application</button>
    </form>
  )
}
