"use client"

// A client's notes in Italian: the notes so far, each shown by its own card, and one box to
// add another. It adds to the client that exists; it is no form of its own.
import { useState } from "react"
import { NoteCard } from "./note-card"

type Nota = { id: number; testo: string; autore: string }

export function NoteCliente({ note, onAggiungi }: { note: Nota[]; onAggiungi: (t: string) => void }) {
  const [testo, setTesto] = useState("")
  const [visibilita, setVisibilita] = useState("team")

  return (
    <section>
      <h3>Note sul cliente</h3>
      {note.map((n) => (
        <NoteCard key={n.id} nota={n} />
      ))}
      <select value={visibilita} onChange={(e) => setVisibilita(e.target.value)}>
        <option value="team">Team</option>
        <option value="io">Solo io</option>
      </select>
      <textarea id="nuova-nota" value={testo} onChange={(e) => setTesto(e.target.value)} />
      <button onClick={() => onAggiungi(testo)}>Aggiungi</button>
    </section>
  )
}
