"use client"
import { useState } from "react"

export function StudioHours() {
  const [chosenDay, setChosenDay] = useState(new Date())
  const [pickedHours, setPickedHours] = useState<number[]>([])
  const [open, setOpen] = useState(false)
  const toggle = (h: number) =>
    setPickedHours((now) => (now.includes(h) ? now.filter((x) => x !== h) : [...now, h]))
  return (
    <section>
      {open && (
        <div role="dialog">
          <h4>Annullare la prenotazione?</h4>
          <button onClick={() => { setOpen(false); setPickedHours([]) }}>Mantieni prenotazione</button>
        </div>
      )}
      <h3>Prenota le tue ore</h3>
      <p>{chosenDay.toDateString()}</p>
      <div className="grid grid-cols-4">
        {[9, 10, 11, 12, 14, 15, 16].map((h) => (
          <button key={h} onClick={() => toggle(h)}>{h}:00</button>
        ))}
      </div>
      <button className="w-full">Prenota ora</button>
    </section>
  )
}

export function TeamCards({ team }: { team: { id: string; name: string }[] }) {
  const [hover, setHover] = useState("")
  return (
    <div>
      {team.map((m) => (
        <div key={m.id} onMouseEnter={() => setHover(m.id)}>
          <h4>{m.name}</h4>
          <button onClick={() => console.log(m.id)}>Prenota</button>
        </div>
      ))}
    </div>
  )
}
