"use client"

import { useState } from "react"

// the caretaker's own notebook of work done: a log, not a request from anyone
export default function UpkeepLog() {
  const [notes, setNotes] = useState("")
  const [when, setWhen] = useState("")

  function save(e: React.FormEvent) {
    e.preventDefault()
    localStorage.setItem(when, notes)
  }

  return (
    <form onSubmit={save}>
      <h2>Log Maintenance</h2>
      <input type="date" name="when" value={when} onChange={(e) => setWhen(e.target.value)} />
      <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="submit">Save entry</button>
    </form>
  )
}
