"use client"
import { useState } from "react"

export default function SettingsPage() {
  const [saved, setSaved] = useState(false)
  return (
    <main>
      <h1>Einstellungen</h1>
      <section>
        <h2>Kontakt &amp; Adresse</h2>
        <input id="company-name" placeholder="Firmenname" />
        <input id="company-website" type="url" placeholder="https://" />
        <input id="company-phone" type="tel" />
        <input id="company-email" type="email" />
        <input id="street" placeholder="Straße" />
        <input id="city" placeholder="Stadt" />
        <input id="zip" placeholder="PLZ" />
        <select id="country"><option>Deutschland</option><option>Österreich</option></select>
        <button onClick={() => setSaved(true)}>Save Changes</button>
      </section>
    </main>
  )
}
