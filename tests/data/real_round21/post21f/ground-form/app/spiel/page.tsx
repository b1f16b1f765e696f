"use client"

import { useState } from "react"

// a game set up at a club: the pitch taken, a day and an hour, no e-mail asked
export default function NeuesSpiel() {
  const [spiel, setSpiel] = useState({ verein: "", datum: "", uhrzeit: "", pitch: "Halle" })

  const absenden = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/spiele", { method: "POST", body: JSON.stringify(spiel) })
  }

  return (
    <form onSubmit={absenden}>
      <h1>Spiel anlegen</h1>
      <label htmlFor="verein">Verein</label>
      <input id="verein" value={spiel.verein} onChange={(e) => setSpiel({ ...spiel, verein: e.target.value })} />
      <label htmlFor="datum">Datum</label>
      <input id="datum" type="date" value={spiel.datum} onChange={(e) => setSpiel({ ...spiel, datum: e.target.value })} />
      <label htmlFor="uhrzeit">Uhrzeit</label>
      <input id="uhrzeit" type="time" value={spiel.uhrzeit} onChange={(e) => setSpiel({ ...spiel, uhrzeit: e.target.value })} />
      <label htmlFor="pitch">Platzart</label>
      <select id="pitch" value={spiel.pitch} onChange={(e) => setSpiel({ ...spiel, pitch: e.target.value })}>
        <option value="Halle">Halle</option>
        <option value="Freiluft">Freiluft</option>
      </select>
      <button type="submit">Spiel erstellen</button>
    </form>
  )
}
