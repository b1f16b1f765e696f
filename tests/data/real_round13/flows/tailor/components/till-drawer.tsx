"use client"

import { useState } from "react"

// the morning's float and the evening's count of the drawer: the shop's own ledger
export function TillDrawer() {
  const [float, setFloat] = useState("")
  const [counted, setCounted] = useState("")
  const [remark, setRemark] = useState("")

  const openDrawer = async () => {
    await fetch("/api/till", { method: "POST", body: JSON.stringify({ float, counted, remark }) })
  }

  return (
    <div>
      <h2>Cassa del giorno</h2>
      <label htmlFor="float">Fondo iniziale</label>
      <input id="float" type="number" value={float} onChange={(e) => setFloat(e.target.value)} />
      <label htmlFor="counted">Contanti contati</label>
      <input id="counted" type="number" value={counted} onChange={(e) => setCounted(e.target.value)} />
      <label htmlFor="remark">Note</label>
      <textarea id="remark" value={remark} onChange={(e) => setRemark(e.target.value)} />
      <button onClick={openDrawer}>Apertura cassa</button>
    </div>
  )
}
