"use client"
import { useState } from "react"

export function PupilNotes() {
  const [text, setText] = useState("")
  return (
    <div>
      <h4>Neue Notiz</h4>
      <div>
        <textarea placeholder="Notiz schreiben" value={text} onChange={(e) => setText(e.target.value)} />
        <button onClick={() => console.log(text)}>Notiz speichern</button>
      </div>
    </div>
  )
}
