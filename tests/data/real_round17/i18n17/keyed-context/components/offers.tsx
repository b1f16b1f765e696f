"use client"

import { useState } from "react"
import { useLanguage } from "@/context/language-context"

export function Offers() {
  const { language } = useLanguage()
  const [mail, setMail] = useState("")
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        await fetch("/api/subscribe", { method: "POST", body: JSON.stringify({ mail }) })
      }}
    >
      <h3>{language === "en" ? "Weekly offers" : "Ofertas de la semana"}</h3>
      <input type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
      <button type="submit">{language !== "es" ? "Subscribe" : "Suscribirme"}</button>
    </form>
  )
}
