"use client"

import { useState } from "react"
import { inTabelleSchreiben } from "@/app/actions/anmelden"

export default function Anmeldung() {
  const [daten, setDaten] = useState({ name: "", email: "", kurs: "" })

  const senden = async (e: React.FormEvent) => {
    e.preventDefault()
    await inTabelleSchreiben(daten)
  }

  return (
    <form onSubmit={senden}>
      <h1>Anmeldung zum Sommerkurs</h1>
      <input name="name" value={daten.name} onChange={(e) => setDaten({ ...daten, name: e.target.value })} />
      <input name="email" type="email" value={daten.email} onChange={(e) => setDaten({ ...daten, email: e.target.value })} />
      <input name="kurs" value={daten.kurs} onChange={(e) => setDaten({ ...daten, kurs: e.target.value })} />
      <button type="submit">Anmelden</button>
    </form>
  )
}
