"use client"
import { useState } from "react"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"
import { ReservaForm } from "@/components/reserva-form"
import { Boletin } from "@/components/boletin"

interface Linea { description: string; quantity: number; unitPrice: number }

export default function Factura() {
  const [cliente, setCliente] = useState("")
  const [lineas, setLineas] = useState<Linea[]>([{ description: "", quantity: 1, unitPrice: 0 }])
  const total = lineas.reduce((s, l) => s + l.quantity * l.unitPrice, 0)
  return (
    <div>
      <h1>Nueva factura</h1>
      <Input name="cliente" value={cliente} onChange={(e) => setCliente(e.target.value)} />
      {lineas.map((l, i) => (
        <div key={i}>
          <Input name="description" value={l.description} onChange={() => {}} />
          <Input name="quantity" type="number" value={l.quantity} onChange={() => {}} />
          <Input name="unitPrice" type="number" value={l.unitPrice} onChange={() => {}} />
        </div>
      ))}
      <p>Total: €{total.toFixed(2)}</p>
      <Button onClick={() => setLineas([...lineas, { description: "", quantity: 1, unitPrice: 0 }])}>Añadir línea</Button>
      <Button onClick={() => window.print()}>Guardar factura</Button>
      <ReservaForm />
      <Boletin />
    </div>
  )
}
