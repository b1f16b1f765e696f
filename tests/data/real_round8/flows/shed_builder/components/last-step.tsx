"use client"

import { useState } from "react"

const finishes = [
  { id: "raw", label: "Untreated timber", note: "You paint it yourself" },
  { id: "stained", label: "Stained oak", note: "Ready to stand in the garden" },
]

export function LastStep({ onSend }: { onSend: (data: unknown) => void }) {
  const [finish, setFinish] = useState("raw")
  const [person, setPerson] = useState({ name: "", email: "", phone: "", town: "" })

  return (
    <div className="space-y-6">
      <div>
        <h3>Choose a finish</h3>
        <div className="grid grid-cols-2 gap-4">
          {finishes.map((f) => (
            <div key={f.id} onClick={() => setFinish(f.id)} className={finish === f.id ? "ring" : ""}>
              <h4>{f.label}</h4>
              <p>{f.note}</p>
            </div>
          ))}
        </div>
      </div>
      <section>
        <h3>Where we send your quote</h3>
        <label htmlFor="name">Your name</label>
        <input id="name" value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} />
        <label htmlFor="email">E-mail</label>
        <input id="email" type="email" value={person.email} onChange={(e) => setPerson({ ...person, email: e.target.value })} />
        <label htmlFor="phone">Phone</label>
        <input id="phone" type="tel" value={person.phone} onChange={(e) => setPerson({ ...person, phone: e.target.value })} />
        <label htmlFor="town">Town</label>
        <input id="town" value={person.town} onChange={(e) => setPerson({ ...person, town: e.target.value })} />
      </section>
      <button onClick={() => onSend({ finish, ...person })}>Send my shed design</button>
    </div>
  )
}
