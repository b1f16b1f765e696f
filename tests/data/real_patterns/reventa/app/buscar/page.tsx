"use client"
import { Calendar } from "@/components/ui/calendar"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export default function Buscar() {
  return (
    <div>
      <h1>Buscar alojamiento</h1>
      <Input name="destino" placeholder="¿Adónde vas?" />
      <label>Entrada</label>
      <Calendar mode="single" />
      <label>Salida</label>
      <Calendar mode="single" />
      <Button>Buscar</Button>
    </div>
  )
}
