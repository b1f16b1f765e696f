"use client"

import { useState } from "react"

export default function IdeasPage() {
  const [topic, setTopic] = useState("")
  const [ideas, setIdeas] = useState<{ title: string; link: string }[]>([])

  async function handleGenerate() {
    const res = await fetch("/api/ideas", { method: "POST", body: JSON.stringify({ topic }) })
    const data = await res.json()
    setIdeas(data.ideas)
  }

  return (
    <main>
      <input value={topic} onChange={(e) => setTopic(e.target.value)} placeholder="Topic" />
      <button onClick={handleGenerate}>Generate ideas</button>
      <ul>
        {ideas.map((idea) => (
          <li key={idea.link}>{idea.title}</li>
        ))}
      </ul>
    </main>
  )
}
