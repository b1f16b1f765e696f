"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

const TEAMS = ["Warehouse", "Drivers", "Front desk"]

export function HandOver({ parcelId }: { parcelId: string }) {
  const [team, setTeam] = useState("")
  const [note, setNote] = useState("")
  const hand = () =>
    fetch(`/api/parcels/${parcelId}/team`, { method: "PATCH", body: JSON.stringify({ team, note }) })
  return (
    <div>
      <h3>Transfer parcel</h3>
      <label htmlFor="team">Team</label>
      <select id="team" name="team" value={team} onChange={(e) => setTeam(e.target.value)}>
        {TEAMS.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <label htmlFor="note">Why it moves</label>
      <textarea id="note" name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button onClick={hand}>Transfer</Button>
    </div>
  )
}
