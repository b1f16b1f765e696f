"use client"
import { useState } from "react"
import { PlatosAdmin } from "@/components/platos-admin"

export default function Carta() {
  const [platos, setPlatos] = useState([{ id: 1, nombre: "Tortilla", precio: 9, descripcion: "De patatas" }])
  return (
    <main>
      <h1>Gestión de la carta</h1>
      <PlatosAdmin platos={platos} onPlatosChange={setPlatos} />
    </main>
  )
}
