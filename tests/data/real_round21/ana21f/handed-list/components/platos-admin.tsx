"use client"
import { useState } from "react"

type Plato = { id: number; nombre: string; precio: number; descripcion: string }

export function PlatosAdmin({ platos, onPlatosChange }: { platos: Plato[]; onPlatosChange: (p: Plato[]) => void }) {
  const [nuevo, setNuevo] = useState({ nombre: "", precio: 0, descripcion: "" })
  function guardar() {
    onPlatosChange([...platos, { id: Date.now(), ...nuevo }])
    setNuevo({ nombre: "", precio: 0, descripcion: "" })
  }
  return (
    <section>
      <ul>
        {platos.map((p) => (
          <li key={p.id}>
            {p.nombre} · {p.precio} €
            <button onClick={() => onPlatosChange(platos.filter((x) => x.id !== p.id))}>Quitar</button>
          </li>
        ))}
      </ul>
      <div>
        <h3>Nuevo plato</h3>
        <input name="nombre" value={nuevo.nombre} onChange={(e) => setNuevo({ ...nuevo, nombre: e.target.value })} />
        <input name="precio" type="number" value={nuevo.precio} onChange={(e) => setNuevo({ ...nuevo, precio: Number(e.target.value) })} />
        <textarea name="descripcion" value={nuevo.descripcion} onChange={(e) => setNuevo({ ...nuevo, descripcion: e.target.value })} />
        <button onClick={guardar}>Añadir a la carta</button>
      </div>
    </section>
  )
}
