"use client"

import { useEffect } from "react"

// the shop takes fittings in an outside booking engine: its script fills the box below
export function FittingEngine() {
  useEffect(() => {
    const tag = document.createElement("script")
    tag.src = "https://engine.example.org/embed.js?shop=needle"
    tag.async = true
    document.body.appendChild(tag)
  }, [])

  return (
    <section>
      <h2>Prenota la tua prova</h2>
      <p>Scegli il giorno e l'ora della prova in sartoria.</p>
      <div id="engine-box">Caricamento…</div>
    </section>
  )
}
