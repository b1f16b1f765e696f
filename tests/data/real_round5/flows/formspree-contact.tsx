"use client"

import { useForm } from "@formspree/react"

// the form service's hook gives the submit handler: the message is mailed to the studio
export function Kontakt() {
  const [state, handleSubmit] = useForm("xyzabc")
  if (state.succeeded) return <p>Danke!</p>
  return (
    <form onSubmit={handleSubmit}>
      <h2>Schreiben Sie uns</h2>
      <input id="email" type="email" name="email" />
      <textarea id="message" name="message" />
      <button type="submit">Senden</button>
    </form>
  )
}
