"use client"

import { useState } from "react"
import { useLanguage } from "@/context/language-context"

export function TableSection() {
  const { t } = useLanguage()
  const [form, setForm] = useState({ a: "", b: "", c: "2", d: "" })

  async function submit(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/send", { method: "POST", body: JSON.stringify(form) })
  }

  return (
    <div>
      <h2>{t.booking.title}</h2>
      <form onSubmit={submit}>
        <div>
          <label>{t.booking.day}</label>
          <input type="date" value={form.a} onChange={(e) => setForm({ ...form, a: e.target.value })} />
        </div>
        <div>
          <label>{t.booking.hour}</label>
          <input type="time" value={form.b} onChange={(e) => setForm({ ...form, b: e.target.value })} />
        </div>
        <div>
          <label>{t.booking.guests}</label>
          <input value={form.c} onChange={(e) => setForm({ ...form, c: e.target.value })} />
        </div>
        <div>
          <label>{t.booking.contact}</label>
          <input value={form.d} onChange={(e) => setForm({ ...form, d: e.target.value })} />
        </div>
        <button type="submit">{t.booking.confirm}</button>
      </form>
    </div>
  )
}
