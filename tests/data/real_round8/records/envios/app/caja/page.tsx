"use client"

import { useEffect, useState } from "react"

type Movimiento = { id: string; concepto: string; amount: number; tipo: "entrada" | "salida" }

// the till: money in and out, no one charged
export default function CajaPage() {
  const [movimientos, setMovimientos] = useState<Movimiento[]>([])
  useEffect(() => {
    fetch("/api/caja").then((r) => r.json()).then(setMovimientos)
  }, [])
  return (
    <main>
      <h1>Movimientos de caja</h1>
      <table>
        <tbody>
          {movimientos.map((m) => (
            <tr key={m.id}>
              <td>{m.concepto}</td>
              <td>{m.tipo}</td>
              <td>{m.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
