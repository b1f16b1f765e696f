"use client"

import { useState } from "react"

export function ReminderTemplate() {
  const [title, setTitle] = useState("")
  const [text, setText] = useState("Ciao {{owner}}, domani riportiamo {{dog}} a casa")
  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/templates", { method: "POST", body: JSON.stringify({ title, text }) }) }}>
      <h2>Nuovo template di promemoria</h2>
      <label htmlFor="title">Titolo</label>
      <input id="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="text">Testo</label>
      <textarea id="text" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Salva</button>
    </form>
  )
}
