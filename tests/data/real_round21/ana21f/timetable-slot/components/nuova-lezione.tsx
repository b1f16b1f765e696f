"use client"
import { useState } from "react"

const GIORNI = ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì"]

export function NuovaLezione({ onSave }: { onSave: (x: object) => void }) {
  const [giorno, setGiorno] = useState(GIORNI[0])
  const [corso, setCorso] = useState("")
  const [sala, setSala] = useState("")
  const [inizio, setInizio] = useState("09:00")
  const [fine, setFine] = useState("10:30")
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ giorno, corso, sala, inizio, fine }) }}>
      <h2>Aggiungi fascia oraria</h2>
      <select name="giorno_settimana" value={giorno} onChange={(e) => setGiorno(e.target.value)}>
        {GIORNI.map((g) => <option key={g}>{g}</option>)}
      </select>
      <input name="corso" value={corso} onChange={(e) => setCorso(e.target.value)} placeholder="Corso" />
      <input name="sala" value={sala} onChange={(e) => setSala(e.target.value)} placeholder="Aula" />
      <input type="time" name="ora_inizio" value={inizio} onChange={(e) => setInizio(e.target.value)} />
      <input type="time" name="ora_fine" value={fine} onChange={(e) => setFine(e.target.value)} />
      <button type="submit">Prenota fascia</button>
    </form>
  )
}
