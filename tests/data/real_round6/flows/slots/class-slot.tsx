"use client"

// A yoga studio's admin opens a class slot, in Spanish: weekday, start and end, how many fit,
// whether it is open. It offers time; nobody asks for anything here.
import { useState } from "react"

export function NuevoHorario() {
  const [dia, setDia] = useState("lunes")
  const [desde, setDesde] = useState("08:00")
  const [hasta, setHasta] = useState("09:00")
  const [plazas, setPlazas] = useState(12)
  const [abierto, setAbierto] = useState(true)

  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch("/api/horarios", { method: "POST", body: JSON.stringify({ dia, desde, hasta, plazas, abierto }) }) }}>
      <h2>Nuevo horario</h2>
      <select id="dia" value={dia} onChange={(e) => setDia(e.target.value)}>
        <option value="lunes">Lunes</option>
        <option value="martes">Martes</option>
      </select>
      <input id="desde" type="time" value={desde} onChange={(e) => setDesde(e.target.value)} />
      <input id="hasta" type="time" value={hasta} onChange={(e) => setHasta(e.target.value)} />
      <input id="plazas" type="number" value={plazas} onChange={(e) => setPlazas(Number(e.target.value))} />
      <input id="abierto" type="checkbox" checked={abierto} onChange={(e) => setAbierto(e.target.checked)} />
      <button type="submit">Crear horario</button>
    </form>
  )
}
