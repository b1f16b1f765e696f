"use client"

import { useState } from "react"

export default function HelperPage() {
  const [question, setQuestion] = useState("")
  const [answer, setAnswer] = useState("")

  const ask = async () => {
    const res = await fetch("/api/ask", { method: "POST", body: JSON.stringify({ question }) })
    setAnswer(await res.text())
  }

  return (
    <main>
      <h1>Ask our pharmacist assistant</h1>
      <textarea value={question} onChange={(e) => setQuestion(e.target.value)} />
      <button onClick={ask}>Ask</button>
      <p>{answer}</p>
    </main>
  )
}
