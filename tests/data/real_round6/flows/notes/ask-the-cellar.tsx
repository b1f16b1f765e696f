"use client"

// Writing to the cellar: a topic picked from a list, then the message. The list's rows are the
// picker's options, not a thread above the box.
import { useState } from "react"

const ARGOMENTI = ["Ordini", "Visite", "Eventi privati"]

export function ScriviCantina() {
  const [argomento, setArgomento] = useState(ARGOMENTI[0])
  const [testo, setTesto] = useState("")

  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/messaggi", { method: "POST", body: JSON.stringify({ argomento, testo }) }) }}>
      <h3>Scrivi alla cantina</h3>
      <select id="argomento" value={argomento} onChange={(e) => setArgomento(e.target.value)}>
        {ARGOMENTI.map((a) => (
          <option key={a} value={a}>{a}</option>
        ))}
      </select>
      <textarea id="messaggio" value={testo} onChange={(e) => setTesto(e.target.value)} />
      <button type="submit">Invia messaggio</button>
    </form>
  )
}
