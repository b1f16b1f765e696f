"use client"

import { useState } from "react"

// a chat bubble that hands the visitor's message to the sales team's CRM; Enter sends too
export function LeadChat() {
  const [text, setText] = useState("")

  const handleSend = async () => {
    await fetch("https://crm.example.org/hooks/site-lead", {
      method: "POST",
      body: JSON.stringify({ text }),
    })
    setText("")
  }

  const handleKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "Enter") handleSend()
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} onKeyDown={handleKeyDown} />
      <button onClick={handleSend}>Send</button>
    </div>
  )
}
