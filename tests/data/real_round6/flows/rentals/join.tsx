"use client"

// A bike-rental club's account page in Dutch: the password has an eye that shows it, so its
// type is chosen at run time; it is still a password, and this is a sign-up.
import { useState } from "react"

export default function Aanmelden() {
  const [visible, setVisible] = useState(false)
  const [email, setEmail] = useState("")
  const [secret, setSecret] = useState("")
  const [again, setAgain] = useState("")

  return (
    <form onSubmit={(e) => { e.preventDefault(); console.log(email, secret, again) }}>
      <h1>Word lid van de club</h1>
      <label htmlFor="mail">E-mailadres</label>
      <input id="mail" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="secret">Geheim</label>
      <input id="secret" type={visible ? "text" : "password"} value={secret} onChange={(e) => setSecret(e.target.value)} />
      <label htmlFor="again">Nog een keer</label>
      <input id="again" type={visible ? "text" : "password"} value={again} onChange={(e) => setAgain(e.target.value)} />
      <button type="button" onClick={() => setVisible(!visible)}>Toon</button>
      <button type="submit">Lid worden</button>
    </form>
  )
}
