"use client"
import { useState } from "react"

const vacature = { titel: "Barista (32 uur)", plaats: "Utrecht" }

export default function Vacature() {
  const [motivatie, setMotivatie] = useState("")
  const [verstuurd, setVerstuurd] = useState(false)
  async function solliciteer(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/sollicitaties", { method: "POST", body: JSON.stringify({ motivatie }) })
    setVerstuurd(true)
  }
  return (
    <main>
      <h1>{vacature.titel}</h1>
      <p>{vacature.plaats}</p>
      <form onSubmit={solliciteer}>
        <h2>Solliciteer direct</h2>
        <textarea name="coverLetter" value={motivatie} onChange={(e) => setMotivatie(e.target.value)} />
        <button type="submit">Sollicitatie versturen</button>
      </form>
      {verstuurd && <p>Bedankt!</p>}
    </main>
  )
}
