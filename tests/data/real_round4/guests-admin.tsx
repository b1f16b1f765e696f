"use client"
import { useState } from "react"

type Guest = { id: string; fullName: string; email: string; phone: string; passport: string; tier: string; note: string }

export function GuestsAdmin({ selected }: { selected?: Guest }) {
  const [adding, setAdding] = useState(false)
  return (
    <div>
      {selected && (
        <aside>
          <h3>Notizen</h3>
          <div>
            <input id="fullName" defaultValue={selected.fullName} />
            <input id="email" type="email" defaultValue={selected.email} />
            <input id="phone" type="tel" defaultValue={selected.phone} />
            <input id="passport" defaultValue={selected.passport} />
            <select id="tier" defaultValue={selected.tier}><option>Gold</option><option>Silber</option></select>
            <input id="note" placeholder="Neue Notiz" />
            <button onClick={() => console.log("note")}>Hinzufügen</button>
          </div>
        </aside>
      )}
      {adding && (
        <div>
          <h3>Neuen Gast anlegen</h3>
          <div>
            <input id="fullName" />
            <input id="email" type="email" />
            <input id="phone" type="tel" />
            <input id="passport" />
            <button onClick={() => setAdding(false)}>Speichern</button>
          </div>
        </div>
      )}
    </div>
  )
}

export function PartyCard({ party, onCost, onEdit }: { party: { id: string; cost: number; done: boolean }; onCost: (id: string, c: number) => void; onEdit: () => void }) {
  return (
    <div>
      <label htmlFor={`cost-${party.id}`}>Kosten</label>
      <input id={`cost-${party.id}`} type="number" value={party.cost} onChange={(e) => onCost(party.id, Number(e.target.value))} />
      <input type="checkbox" checked={party.done} readOnly />
      <button onClick={onEdit}>Bearbeiten</button>
    </div>
  )
}
