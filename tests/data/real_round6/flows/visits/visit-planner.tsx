"use client"

// Planning a garden visit in Portuguese: a tick asks to remind the client; ticking it only
// changes state on screen. Saving hands the visit to a reminder service: that one is work.
import { useState } from "react"
import { remindLater } from "@quintal/reminders"

export function PlanearVisita() {
  const [data, setData] = useState("")
  const [morada, setMorada] = useState("")
  const [avisar, setRemindClient] = useState(true)

  function guardar() {
    if (avisar) remindLater({ data, morada })
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); guardar() }}>
      <h2>Planear visita</h2>
      <input id="data" type="date" value={data} onChange={(e) => setData(e.target.value)} />
      <input id="morada" value={morada} onChange={(e) => setMorada(e.target.value)} />
      <input id="avisar" type="checkbox" checked={avisar} onChange={(e) => setRemindClient(e.target.checked)} />
      <button type="button" onClick={() => setRemindClient(!avisar)}>Lembrar o cliente</button>
      <button type="submit">Guardar visita</button>
    </form>
  )
}
