"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

// a members desk: four input groups that operate the page, none of which captures a record
export function MembersDesk() {
  const [name, setName] = useState("")
  const [level, setLevel] = useState("alle")
  const [from, setFrom] = useState("")
  const [until, setUntil] = useState("")
  const [email, setEmail] = useState("")
  const [phone, setPhone] = useState("")
  const [sort, setSort] = useState("recent")
  const [onlyActive, setOnlyActive] = useState(false)

  return (
    <div>
      <div>
        <Input placeholder="Naam" value={name} onChange={(e) => setName(e.target.value)} />
        <select value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value="alle">Alle niveaus</option>
        </select>
        <Button onClick={() => { setName(""); setLevel("alle") }}>Wissen</Button>
      </div>
      <div>
        <h3>Periode</h3>
        <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        <Button onClick={() => console.log(from, until)}>Rapport maken</Button>
      </div>
      <div>
        <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        <Button onClick={() => console.log(email, phone)}>Zoeken</Button>
      </div>
      <div>
        <select value={sort} onChange={(e) => setSort(e.target.value)}>
          <option value="recent">Nieuwste</option>
        </select>
        <input type="checkbox" checked={onlyActive} onChange={() => setOnlyActive(!onlyActive)} />
        <Button onClick={() => setSort("recent")}>Toepassen</Button>
      </div>
    </div>
  )
}

// the same desk's real form: a new member, written to the list (a mock-up closes the dialog)
export function NewMember() {
  const [open, setOpen] = useState(true)
  const [fullName, setFullName] = useState("")
  const [mail, setMail] = useState("")
  return open ? (
    <div>
      <h2>Nieuw lid</h2>
      <Input value={fullName} onChange={(e) => setFullName(e.target.value)} placeholder="Naam" />
      <Input type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
      <Button onClick={() => setOpen(false)}>Opslaan</Button>
    </div>
  ) : null
}
