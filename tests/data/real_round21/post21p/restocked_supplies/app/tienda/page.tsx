"use client"

import { useState } from "react"

interface Supply {
  id: number
  name: string
  quantity: number
  unit: string
  category: string
  price: number
  umbral: number
}

export default function StockPage() {
  const [supplies, setSupplies] = useState<Supply[]>([
    {
      id: 1,
      name: "Miel de azahar",
      quantity: 12,
      unit: "kg",
      category: "Secos",
      price: 1.8,
      umbral: 5,
    },
    {
      id: 2,
      name: "Mermelada de higo",
      quantity: 4,
      unit: "kg",
      category: "Secos",
      price: 2.1,
      umbral: 3,
    },
    {
      id: 3,
      name: "Aceite de oliva virgen",
      quantity: 20,
      unit: "l",
      category: "Lácteos",
      price: 0.95,
      umbral: 10,
    },
  ])

  const remove = (id: number) => setSupplies(supplies.filter((s) => s.id !== id))

  return (
    <main className="p-6">
      <h1 className="text-2xl font-bold">Existencias de la tienda</h1>
      <table>
        <tbody>
          {supplies.map((s) => (
            <tr key={s.id}>
              <td className="font-medium">{s.name}</td>
              <td>{s.category}</td>
              <td>
                {s.quantity} {s.unit}
              </td>
              <td>${s.price.toFixed(2)}</td>
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
