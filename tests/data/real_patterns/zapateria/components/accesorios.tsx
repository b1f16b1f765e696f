"use client"
import { useEffect, useState } from "react"

type Accesorio = { nombre: string; precio: number }

export function Accesorios() {
  const [items, setItems] = useState<Accesorio[]>([])
  useEffect(() => {
    fetch("/accesorios.json").then((r) => r.json()).then(setItems)
  }, [])
  return (
    <section>
      <h2>Accesorios</h2>
      {items.map((a) => (
        <p key={a.nombre}>{a.nombre} · €{a.precio}</p>
      ))}
    </section>
  )
}
