"use client"
import { useState } from "react"

export default function MeinProfil() {
  const [view, setView] = useState("details")
  const [profile, setProfile] = useState({ vorname: "", telefon: "" })
  const [hilfe, setHilfe] = useState({ kategorie: "Rechnung", betreff: "", beschreibung: "" })

  async function sendHilfe() {
    await fetch("/api/hilfe", { method: "POST", body: JSON.stringify(hilfe) })
    setView("danke")
  }

  const helpPanel = (
    <div className="panel">
      <div className="bar">
        <button onClick={() => setView("details")}>‹</button>
        <span>Support kontaktieren</span>
      </div>
      <label>Kategorie</label>
      <select value={hilfe.kategorie} onChange={(e) => setHilfe({ ...hilfe, kategorie: e.target.value })}>
        <option>Rechnung</option>
        <option>Lieferung</option>
        <option>Sonstiges</option>
      </select>
      <label>Subject</label>
      <input name="subject" value={hilfe.betreff} onChange={(e) => setHilfe({ ...hilfe, betreff: e.target.value })} />
      <label>Description</label>
      <textarea name="description" rows={4} value={hilfe.beschreibung} onChange={(e) => setHilfe({ ...hilfe, beschreibung: e.target.value })} />
      <button onClick={sendHilfe}>Submit Ticket</button>
    </div>
  )

  return (
    <main>
      <h1>Mein Profil</h1>
      {view === "hilfe" ? helpPanel : (
        <div>
          <label>Vorname</label>
          <input name="vorname" value={profile.vorname} onChange={(e) => setProfile({ ...profile, vorname: e.target.value })} />
          <label>Telefon</label>
          <input type="tel" name="telefon" value={profile.telefon} onChange={(e) => setProfile({ ...profile, telefon: e.target.value })} />
          <button onClick={() => setView("details")}>Save Changes</button>
          <button onClick={() => setView("hilfe")}>Hilfe</button>
        </div>
      )}
    </main>
  )
}
