"use client"
import { useState } from "react"

export default function Avisos() {
  const [draft, setDraft] = useState({ audience: "todos", subject: "", message: "", later: false, when: "" })
  return (
    <main>
      <h1>Avisos a los socios</h1>
      <label>Para</label>
      <select name="audience" value={draft.audience} onChange={(e) => setDraft({ ...draft, audience: e.target.value })}>
        <option value="todos">Todos los socios</option>
        <option value="sede">Una sede</option>
      </select>
      <label>Asunto</label>
      <input name="subject" value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
      <label>Mensaje</label>
      <textarea name="message" value={draft.message} onChange={(e) => setDraft({ ...draft, message: e.target.value })} />
      <label><input type="checkbox" name="scheduleLater" checked={draft.later} onChange={(e) => setDraft({ ...draft, later: e.target.checked })} /> Programar envío</label>
      <input type="datetime-local" value={draft.when} onChange={(e) => setDraft({ ...draft, when: e.target.value })} />
      <button onClick={() => console.log(draft)}>Publicar aviso</button>
    </main>
  )
}
