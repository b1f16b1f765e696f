"use client"
import { useState } from "react"

// a long page whose only heading above the inputs is a decorative bullet
export function VisitRequest() {
  const [form, setForm] = useState({ day: "", hour: "", fullName: "", phone: "" })
  const send = () => fetch("/api/visits", { method: "POST", body: JSON.stringify(form) })
  return (
    <div>
      <div className="dots"><h2>•</h2></div>
      <div>
        <label htmlFor="day">Giorno</label>
        <input id="day" type="date" value={form.day} onChange={(e) => setForm({ ...form, day: e.target.value })} />
        <label htmlFor="hour">Ora</label>
        <input id="hour" type="time" value={form.hour} onChange={(e) => setForm({ ...form, hour: e.target.value })} />
        <label htmlFor="fullName">Nome e cognome</label>
        <input id="fullName" value={form.fullName} onChange={(e) => setForm({ ...form, fullName: e.target.value })} />
        <label htmlFor="phone">Cellulare</label>
        <input id="phone" type="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} />
        <button onClick={send}>Invia</button>
      </div>
    </div>
  )
}
