"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

export function ThankDonor() {
  const [recipient, setRecipient] = useState("")
  const [body, setBody] = useState("")
  return (
    <div>
      <h3>Send a thank-you note</h3>
      <label htmlFor="recipient">Recipient</label>
      <input id="recipient" name="recipient" value={recipient} onChange={(e) => setRecipient(e.target.value)} />
      <label htmlFor="body">Message</label>
      <textarea id="body" name="body" value={body} onChange={(e) => setBody(e.target.value)} />
      <Button onClick={() => fetch("/api/notes", { method: "POST", body: JSON.stringify({ recipient, body }) })}>
        Send note
      </Button>
    </div>
  )
}
