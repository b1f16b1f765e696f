"use client"

// Asking for a wine tasting: the visitor clicks one of the tastings, then writes a line; the
// rows are choices of this request, so it stays a form.
import { useState } from "react"

const DEGUSTAZIONI = [
  { id: "base", nome: "Classica", prezzo: 25 },
  { id: "riserva", nome: "Riserva", prezzo: 45 },
]

export function RichiestaDegustazione() {
  const [scelta, setScelta] = useState("base")
  const [messaggio, setMessaggio] = useState("")

  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/degustazioni", { method: "POST", body: JSON.stringify({ scelta, messaggio }) }) }}>
      <h3>Prenota una degustazione</h3>
      {DEGUSTAZIONI.map((d) => (
        <button type="button" key={d.id} onClick={() => setScelta(d.id)}>
          {d.nome}
        </button>
      ))}
      <input id="email" type="email" placeholder="La tua e-mail" />
      <textarea id="messaggio" value={messaggio} onChange={(e) => setMessaggio(e.target.value)} />
      <button type="submit">Invia richiesta</button>
    </form>
  )
}
