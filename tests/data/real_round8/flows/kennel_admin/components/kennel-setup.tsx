"use client"

import { useState } from "react"

export function KennelSetup() {
  const [kennelName, setKennelName] = useState("")
  const [town, setTown] = useState("")
  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/kennel", { method: "PUT", body: JSON.stringify({ kennelName, town }) }) }}>
      <h2>Configura la tua attività</h2>
      <label htmlFor="kennel">Nome della pensione</label>
      <input id="kennel" value={kennelName} onChange={(e) => setKennelName(e.target.value)} />
      <label htmlFor="town">Comune</label>
      <input id="town" value={town} onChange={(e) => setTown(e.target.value)} />
      <button type="submit">Continua</button>
    </form>
  )
}
