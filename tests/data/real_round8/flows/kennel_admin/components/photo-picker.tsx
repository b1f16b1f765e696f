"use client"

import { useState } from "react"

export function PhotoPicker() {
  const [photoUrl, setPhotoUrl] = useState("")
  async function upload() {
    const res = await fetch("/api/photos", { method: "POST" })
    setPhotoUrl((await res.json()).url)
  }
  return (
    <div>
      <label htmlFor="photo-url">Indirizzo della foto</label>
      <input id="photo-url" value={photoUrl} onChange={(e) => setPhotoUrl(e.target.value)} />
      <label htmlFor="photo-file">oppure un file</label>
      <input id="photo-file" type="file" />
      <button onClick={upload}>Carica file</button>
    </div>
  )
}
