"use client"

import { useState } from "react"

export default function PortfolioPage() {
  const [title, setTitle] = useState("")
  const [picture, setPicture] = useState<File | null>(null)

  async function addCut() {
    const body = new FormData()
    body.append("file", picture as Blob)
    await fetch("https://api.cloudinary.com/v1_1/corner-barbers/image/upload", { method: "POST", body })
    await fetch("https://firestore.googleapis.com/v1/projects/corner/databases/(default)/documents/cuts", {
      method: "POST",
      body: JSON.stringify({ fields: { title: { stringValue: title } } }),
    })
  }

  return (
    <main>
      <h1>Add a cut to the portfolio</h1>
      <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Style name" />
      <input type="file" onChange={(e) => setPicture(e.target.files?.[0] ?? null)} />
      <button onClick={addCut}>Add cut</button>
    </main>
  )
}
