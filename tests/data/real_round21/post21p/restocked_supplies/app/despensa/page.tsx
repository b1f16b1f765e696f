"use client"

import { useState } from "react"

interface Supply {
  id: number
  name: string
  quantity: number
  unit: string
  category: string
  cost: number
  umbral: number
}

export default function PantryPage() {
  const [supplies, setSupplies] = useState<Supply[]>([
    {
      id: 1,
      name: "Harina de trigo",
      quantity: 12,
      unit: "kg",
      category: "Secos",
      cost: 1.8,
      umbral: 5,
    },
    {
      id: 2,
      name: "Azúcar moreno",
      quantity: 4,
      unit: "kg",
      category: "Secos",
      cost: 2.1,
      umbral: 3,
    },
    {
      id: 3,
      name: "Leche entera",
      quantity: 20,
      unit: "l",
      category: "Lácteos",
      cost: 0.95,
      umbral: 10,
    },
  ])

  const remove = (id: number) => setSupplies(supplies.filter((s) => s.id !== id))

  return (
    <main className="p-6">
      <h1 className="text-2xl font-bold">Despensa de la cocina</h1>
      <table>
        <tbody>
          {supplies.map((s) => (
            <tr key={s.id}>
              <td className="font-medium">{s.name}</td>
              <td>{s.category}</td>
              <td>
                {s.quantity} {s.unit}
              </td>
              <td>${s.cost.toFixed(2)}</td>
              <td>
                <button onClick={() => remove(s.id)}>Quitar</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
