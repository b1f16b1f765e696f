"use client"
import { useState } from "react"

// the texts come from a translation table, so no word on the page says what the form is for
export function BrochureRequest({ t }: { t: Record<string, string> }) {
  const [ok, setOk] = useState(false)
  return (
    <form onSubmit={(e) => { e.preventDefault(); setOk(true) }}>
      <input name="firstName" placeholder={t.first} required />
      <input name="lastName" placeholder={t.last} required />
      <input name="email" type="email" placeholder={t.mail} required />
      <input name="privacy" type="checkbox" required />
      <button type="submit">{t.cta}</button>
    </form>
  )
}

export function GiftDetails({ onNext }: { onNext: () => void }) {
  return (
    <form onSubmit={(e) => { e.preventDefault(); onNext() }}>
      <h3>Regalar este artículo</h3>
      <input name="name" />
      <input name="email" type="email" />
      <button type="submit">Continuar al pago</button>
    </form>
  )
}
