"use client"
import { useState } from "react"

type Linea = { plato: string; precio: number; cantidad: number }

export default function Caja() {
  const [lineas, setLineas] = useState<Linea[]>([{ plato: "Ceviche", precio: 32, cantidad: 1 }])
  const [metodo, setMetodo] = useState("efectivo")
  const [recibido, setRecibido] = useState(0)
  const [propina, setPropina] = useState(0)
  const total = lineas.reduce((s, l) => s + l.precio * l.cantidad, 0)

  function cobrar() {
    console.log({ metodo, recibido, propina, total })
    setLineas([])
  }

  return (
    <main>
      <h1>Cobro de la mesa</h1>
      <ul>
        {lineas.map((l) => (
          <li key={l.plato}>{l.plato} x{l.cantidad} S/ {l.precio}</li>
        ))}
      </ul>
      <p>Total: S/ {total}</p>
      <label>Método de pago</label>
      <select name="paymentMethod" value={metodo} onChange={(e) => setMetodo(e.target.value)}>
        <option value="efectivo">Efectivo</option>
        <option value="tarjeta">Tarjeta</option>
        <option value="yape">Yape</option>
      </select>
      <label>Monto recibido</label>
      <input type="number" name="amountReceived" value={recibido} onChange={(e) => setRecibido(Number(e.target.value))} />
      <label>Propina</label>
      <input type="number" name="tip" value={propina} onChange={(e) => setPropina(Number(e.target.value))} />
      <button onClick={cobrar}>Completar pago</button>
    </main>
  )
}
