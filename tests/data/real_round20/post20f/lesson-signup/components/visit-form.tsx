"use client"

import { useState } from "react"

export function VisitForm() {
  const [data, setData] = useState({ name: "", email: "", phone: "" })
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/mail", { method: "POST", body: JSON.stringify(data) })
  }
  return (
    <form onSubmit={submit}>
      <input name="name" placeholder="Imię" value={data.name} onChange={(e) => setData({ ...data, name: e.target.value })} />
      <input name="email" type="email" placeholder="E-mail" value={data.email} onChange={(e) => setData({ ...data, email: e.target.value })} />
      <input name="phone" type="tel" placeholder="Telefon" value={data.phone} onChange={(e) => setData({ ...data, phone: e.target.value })} />
      <button type="submit">Wyślij</button>
    </form>
  )
}
