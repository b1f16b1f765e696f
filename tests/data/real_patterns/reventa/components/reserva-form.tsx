"use client"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export function ReservaForm() {
  async function enviar(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const data = Object.fromEntries(new FormData(e.currentTarget))
    await fetch("/api/reservar", { method: "POST", body: JSON.stringify(data) })
  }
  return (
    <form onSubmit={enviar}>
      <h2>Reserva tu habitación</h2>
      <Input name="nombre" />
      <Input name="email" type="email" />
      <Input name="llegada" type="date" />
      <Input name="noches" type="number" />
      <Button type="submit">Reservar</Button>
    </form>
  )
}
