"use client"

import { useState } from "react"

export function NewOwner({ onSave }: { onSave: (o: unknown) => void }) {
  const [owner, setOwner] = useState({ name: "", email: "", phone: "" })
  return (
    <div className="dialog">
      <h2>Aggiungi proprietario</h2>
      <label htmlFor="name">Nome</label>
      <input id="name" value={owner.name} onChange={(e) => setOwner({ ...owner, name: e.target.value })} />
      <label htmlFor="email">Email</label>
      <input id="email" type="email" value={owner.email} onChange={(e) => setOwner({ ...owner, email: e.target.value })} />
      <label htmlFor="phone">Telefono</label>
      <input id="phone" type="tel" value={owner.phone} onChange={(e) => setOwner({ ...owner, phone: e.target.value })} />
      <button onClick={() => onSave(owner)}>Salva contatto</button>
    </div>
  )
}
