"use client"

import { useState } from "react"

export default function FranquiaPage() {
  const [nome, setNome] = useState("")
  const [email, setEmail] = useState("")
  const [whatsapp, setWhatsapp] = useState("")

  async function enviar() {
    await fetch("/api/interessados", { method: "POST", body: JSON.stringify({ nome, email, whatsapp }) })
  }

  return (
    <main>
      <h1>Abra a sua barbearia</h1>
      <div>
        <input name="nome_completo" value={nome} onChange={(e) => setNome(e.target.value)} placeholder="Nome completo" />
        <input type="email" name="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <input type="tel" name="whatsapp" value={whatsapp} onChange={(e) => setWhatsapp(e.target.value)} />
        <button onClick={enviar}>Enviar</button>
      </div>
    </main>
  )
}
