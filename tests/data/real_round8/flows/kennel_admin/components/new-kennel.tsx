"use client"

import { useState } from "react"
import { PhotoPicker } from "./photo-picker"

export function NewKennel({ onSave }: { onSave: (k: unknown) => void }) {
  const [label, setLabel] = useState("")
  const [size, setSize] = useState("")
  const [nightly, setNightly] = useState("")
  return (
    <div className="dialog">
      <h2>Nuovo box</h2>
      <label htmlFor="label">Nome</label>
      <input id="label" value={label} onChange={(e) => setLabel(e.target.value)} />
      <label htmlFor="size">Misura</label>
      <input id="size" value={size} onChange={(e) => setSize(e.target.value)} />
      <label htmlFor="nightly">Prezzo a notte</label>
      <input id="nightly" type="number" value={nightly} onChange={(e) => setNightly(e.target.value)} />
      <PhotoPicker />
      <button onClick={() => onSave({ label, size, nightly })}>Salva</button>
    </div>
  )
}
