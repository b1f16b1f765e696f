"use client"
import { useState } from "react"
import { Button } from "@/components/ui/button"

export default function Carrito() {
  const [carrito] = useState([{ nombre: "Maratón Pro", precio: 139, cantidad: 1 }])
  const subtotal = carrito.reduce((s, i) => s + i.precio * i.cantidad, 0)
  const envio = subtotal > 50 ? 0 : 4.99
  return (
    <div>
      <h1>Tu carrito</h1>
      {carrito.map((i) => (
        <p key={i.nombre}>{i.nombre} × {i.cantidad}</p>
      ))}
      <h2>Resumen del pedido</h2>
      <p>Subtotal €{subtotal.toFixed(2)}</p>
      <p>Total €{(subtotal + envio).toFixed(2)}</p>
      <Button className="w-full">Finalizar compra</Button>
      <input placeholder="Código promocional" />
      <Button variant="outline">Aplicar</Button>
    </div>
  )
}
