"use client"

import { useState } from "react"

export function MailOwners() {
  const [to, setTo] = useState("")
  const [subject, setSubject] = useState("")
  const [body, setBody] = useState("")
  async function send() {
    await fetch("/api/mail", { method: "POST", body: JSON.stringify({ to, subject, body }) })
  }
  return (
    <div>
      <h2>Scrivi ai proprietari</h2>
      <label htmlFor="to">Destinatario</label>
      <input id="to" type="email" value={to} onChange={(e) => setTo(e.target.value)} />
      <label htmlFor="subject">Oggetto</label>
      <input id="subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
      <label htmlFor="body">Testo</label>
      <textarea id="body" value={body} onChange={(e) => setBody(e.target.value)} />
      <button onClick={send}>Invia</button>
    </div>
  )
}
