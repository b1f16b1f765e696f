"use client"
import { useState } from "react"

export function FrontDesk() {
  const [name, setName] = useState("")
  const [phone, setPhone] = useState("")
  const add = (e: React.FormEvent) => { e.preventDefault(); console.log(name, phone) }
  return (
    <form onSubmit={add}>
      <h3>Ajouter un patient sans rendez-vous</h3>
      <input id="f-name" value={name} onChange={(e) => setName(e.target.value)} />
      <input id="f-phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <button type="submit">Ajouter</button>
    </form>
  )
}
