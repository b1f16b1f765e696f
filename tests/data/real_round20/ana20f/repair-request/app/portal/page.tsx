"use client"

import { useState } from "react"

// a tenant's portal: ask the landlord to fix something in the flat, with a day for the visit
export default function TenantPortal() {
  const [sent, setSent] = useState(false)
  const [form, setForm] = useState({ room: "", detail: "", day: "", fixer: false })

  async function send(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/repairs", { method: "POST", body: JSON.stringify(form) })
    setSent(true)
  }

  return (
    <main>
      <h1>Solicitud de reparación</h1>
      {sent ? (
        <p>Gracias, le avisaremos.</p>
      ) : (
        <form onSubmit={send}>
          <label htmlFor="room">Habitación</label>
          <select id="room" name="room" onChange={(e) => setForm({ ...form, room: e.target.value })}>
            <option value="kitchen">Cocina</option>
            <option value="bath">Baño</option>
          </select>
          <label htmlFor="detail">¿Qué ocurre?</label>
          <textarea id="detail" name="detail" onChange={(e) => setForm({ ...form, detail: e.target.value })} />
          <label htmlFor="day">Día preferido</label>
          <input id="day" name="day" type="date" onChange={(e) => setForm({ ...form, day: e.target.value })} />
          <label>
            <input
              type="checkbox"
              name="technician"
              onChange={(e) => setForm({ ...form, fixer: e.target.checked })}
            />
            Mismo técnico que la última vez
          </label>
          <button type="submit">Enviar solicitud</button>
        </form>
      )}
    </main>
  )
}
