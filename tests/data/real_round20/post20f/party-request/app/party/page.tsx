"use client"

import { useState } from "react"

export default function PartyPage() {
  const [sent, setSent] = useState(false)
  return (
    <main>
      <h1>Celebrate with us</h1>
      <h2>Tell us about your celebration and we will call you back.</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          fetch("/api/enquiries", { method: "POST" })
          setSent(true)
        }}
      >
        <label htmlFor="fullName">Your name</label>
        <input id="fullName" name="fullName" type="text" />
        <label htmlFor="mail">E-mail</label>
        <input id="mail" name="mail" type="email" />
        <label htmlFor="guests">How many guests?</label>
        <input id="guests" name="guests" type="number" />
        <label htmlFor="day">Which day suits you?</label>
        <input id="day" name="day" type="date" />
        <textarea name="notes" />
        <button type="submit">Send</button>
      </form>
      {sent && <p>Thanks!</p>}
    </main>
  )
}
