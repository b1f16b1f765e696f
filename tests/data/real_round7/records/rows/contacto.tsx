"use client"
// A contact page titled from its settings: the heading holds an expression, no words.
import { useState } from "react"

type Cliente = { id: string; nombre: string; telefono: string }

export default function Contacto({ ajustes, cargados }: { ajustes: { titulo: string }; cargados: Cliente[] }) {
  const [clientes, setClientes] = useState<Cliente[]>(cargados)
  return (
    <main>
      <h1>{ajustes.titulo}</h1>
      <button onClick={() => setClientes([])}>Vaciar</button>
      <ul>
        {clientes.map((c) => (
          <li key={c.id}>{c.nombre}</li>
        ))}
      </ul>
    </main>
  )
}
