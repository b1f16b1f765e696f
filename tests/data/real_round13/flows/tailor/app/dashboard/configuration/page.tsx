"use client"

import { useState } from "react"

export default function ShopDetails() {
  const [label, setLabel] = useState("")
  const [badge, setBadge] = useState<File | null>(null)

  const keep = async () => {
    const body = new FormData()
    body.append("label", label)
    if (badge) body.append("badge", badge)
    await fetch("/api/shop", { method: "POST", body })
  }

  return (
    <div>
      <h2>Datos de la sastrería</h2>
      <input type="file" id="badge" onChange={(e) => setBadge(e.target.files?.[0] ?? null)} />
      <label htmlFor="label">Nombre de la sastrería</label>
      <input id="label" value={label} onChange={(e) => setLabel(e.target.value)} />
      <button onClick={keep}>Guardar cambios</button>
    </div>
  )
}
