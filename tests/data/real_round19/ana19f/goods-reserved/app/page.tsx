"use client"
import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

const drill = { name: "Taladro percutor 800W", price: 64.9, stock: 7 }

export default function Reserve() {
  const [form, setForm] = useState({ name: "", phone: "", quantity: 1 })
  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/holds", { method: "POST", body: JSON.stringify({ ...form, item: drill.name }) })
  }
  return (
    <form onSubmit={send}>
      <h2>Reservar {drill.name}</h2>
      <Label htmlFor="name">Nombre</Label>
      <Input id="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <Label htmlFor="phone">Teléfono</Label>
      <Input id="phone" type="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} />
      <Label htmlFor="quantity">Cantidad</Label>
      <Input
        id="quantity"
        type="number"
        value={form.quantity}
        onChange={(e) => setForm({ ...form, quantity: Number(e.target.value) })}
      />
      <p>Importe: {(drill.price * form.quantity).toFixed(2)} €</p>
      <Button type="submit">Confirmar reserva</Button>
    </form>
  )
}
