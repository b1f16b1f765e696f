"use client"

import { useState } from "react"

// residents of a dormitory report what is broken; the warden's office works through the list
export default function ComplaintPage() {
  const [entry, setEntry] = useState({ resident: "", block: "", area: "", details: "" })

  async function lodge(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/complaints", { method: "POST", body: JSON.stringify(entry) })
  }

  return (
    <main>
      <h1>Lodge a complaint</h1>
      <form onSubmit={lodge}>
        <label htmlFor="resident">Your name</label>
        <input id="resident" value={entry.resident} onChange={(e) => setEntry({ ...entry, resident: e.target.value })} />
        <label htmlFor="block">Block and room</label>
        <input id="block" value={entry.block} onChange={(e) => setEntry({ ...entry, block: e.target.value })} />
        <label htmlFor="area">Area</label>
        <select id="area" value={entry.area} onChange={(e) => setEntry({ ...entry, area: e.target.value })}>
          <option>Plumbing</option>
          <option>Electricity</option>
          <option>Cleaning</option>
        </select>
        <label htmlFor="details">What happened</label>
        <textarea id="details" value={entry.details} onChange={(e) => setEntry({ ...entry, details: e.target.value })} />
        <button type="submit">Send complaint</button>
      </form>
    </main>
  )
}
