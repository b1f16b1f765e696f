"use client"

// A site ledger's report page in Italian: pick a building site and a day, then build the
// summary. Which slice of the records to show; nothing is recorded.
import { useState } from "react"

export default function Riepilogo() {
  const [cantiere, setCantiere] = useState("tutti")
  const [giorno, setGiorno] = useState("")

  return (
    <div>
      <h1>Riepilogo giornaliero</h1>
      <select id="cantiere" value={cantiere} onChange={(e) => setCantiere(e.target.value)}>
        <option value="tutti">Tutti</option>
        <option value="nord">Nord</option>
      </select>
      <input id="giorno" type="date" value={giorno} onChange={(e) => setGiorno(e.target.value)} />
      <button onClick={() => console.log(cantiere, giorno)}>Genera riepilogo</button>
    </div>
  )
}
