"use client"
import { useState } from "react"

export default function Kasse() {
  const [done, setDone] = useState(false)
  async function zahlen(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/order", { method: "POST" })
    setDone(true)
  }
  return (
    <main>
      <h1>Bezahlung</h1>
      <form onSubmit={zahlen}>
        <h2>Kartendaten</h2>
        <input name="cardNumber" placeholder="1234 5678 9012 3456" />
        <input name="expiry" placeholder="MM/YY" />
        <input name="cvc" placeholder="CVC" />
        <input name="cardholderName" placeholder="Name auf der Karte" />
        <input name="billingAddress" placeholder="Rechnungsadresse" />
        <input name="city" placeholder="Stadt" />
        <input name="postalCode" placeholder="PLZ" />
        <button type="submit">Jetzt bezahlen</button>
      </form>
      {done && <p>Danke für Ihre Bestellung!</p>}
    </main>
  )
}
