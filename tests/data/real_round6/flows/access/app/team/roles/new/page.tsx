"use client"

// A new access level for the practice's staff, in German: a name, what it is for, and ticks
// for what it may open. It sets up the app; the route says it is about roles.
import { useState } from "react"

export default function NeueZugriffsstufe() {
  const [titel, setTitel] = useState("")
  const [zweck, setZweck] = useState("")
  const [rechnungen, setRechnungen] = useState(false)
  const [termine, setTermine] = useState(true)

  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/zugriff", { method: "POST", body: JSON.stringify({ titel, zweck, rechnungen, termine }) }) }}>
      <h1>Zugriffsstufe anlegen</h1>
      <label htmlFor="titel">Bezeichnung</label>
      <input id="titel" value={titel} onChange={(e) => setTitel(e.target.value)} />
      <label htmlFor="zweck">Beschreibung</label>
      <textarea id="zweck" value={zweck} onChange={(e) => setZweck(e.target.value)} />
      <input id="rechnungen" type="checkbox" checked={rechnungen} onChange={(e) => setRechnungen(e.target.checked)} />
      <input id="termine" type="checkbox" checked={termine} onChange={(e) => setTermine(e.target.checked)} />
      <button type="submit">Speichern</button>
    </form>
  )
}
