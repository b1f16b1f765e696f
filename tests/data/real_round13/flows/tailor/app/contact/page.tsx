"use client"

import { useState } from "react"

export default function Contact() {
  const [note, setNote] = useState({ who: "", mail: "", text: "" })

  const post = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/notes", { method: "POST", body: JSON.stringify(note) })
  }

  return (
    <form onSubmit={post}>
      <h2>Ask for a fitting</h2>
      <input name="who" placeholder="Your name" onChange={(e) => setNote({ ...note, who: e.target.value })} />
      <input name="mail" type="email" placeholder="E-mail" onChange={(e) => setNote({ ...note, mail: e.target.value })} />
      <textarea name="text" placeholder="What needs altering?" onChange={(e) => setNote({ ...note, text: e.target.value })} />
      <button type="submit">Send</button>
    </form>
  )
}
