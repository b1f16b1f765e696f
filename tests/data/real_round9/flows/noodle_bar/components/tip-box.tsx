"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

export function TipBox() {
  const [note, setNote] = useState("")
  return (
    <section>
      <h2>Leave a note for the chef</h2>
      <input id="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button onClick={() => fetch("/api/notes", { method: "POST", body: note })}>Send</Button>
    </section>
  )
}
