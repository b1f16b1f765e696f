"use client"
import { Bar, BarChart, XAxis } from "recharts"

const ventasPorModelo = [
  { nombre: "Trail Ligera 3", precio: 89.9, unidades: 420 },
  { nombre: "Urbana Clásica", precio: 64.5, unidades: 310 },
]

export function VentasGrafico() {
  return (
    <section>
      <h2>Ventas del trimestre</h2>
      <BarChart data={ventasPorModelo} width={400} height={200}>
        <XAxis dataKey="nombre" />
        <Bar dataKey="unidades" />
      </BarChart>
    </section>
  )
}
