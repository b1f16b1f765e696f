"use client"

import { useState } from "react"

// adding a colleague to the app: a name, an e-mail and the role that grants what they may do
export function AddTeamMember() {
  const [name, setName] = useState("")
  const [mail, setMail] = useState("")
  const [role, setRole] = useState("staff")
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>Neues Teammitglied</h2>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <input id="email" type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
      <select id="role" value={role} onChange={(e) => setRole(e.target.value)}>
        <option value="staff">Mitarbeiter</option>
        <option value="admin">Administrator</option>
      </select>
      <button type="submit">Anlegen</button>
    </form>
  )
}
