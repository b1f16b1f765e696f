"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

type Squad = { id: string; name: string; lanes: number; coach: string }

export function SquadList({ squads, onSave }: { squads: Squad[]; onSave: (s: Squad) => void }) {
  const [editing, setEditing] = useState<Squad | null>(null)
  const lanes = squads.reduce((sum, s) => sum + s.lanes, 0)
  return (
    <div>
      <h2>Squads</h2>
      <p>{lanes} lanes booked in all</p>
      {squads.map((squad) => (
        <div key={squad.id}>
          {editing && editing.id === squad.id ? (
            <Input value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          ) : (
            <h3>{squad.name}</h3>
          )}
          {editing && editing.id === squad.id ? (
            <Input type="number" value={editing.lanes} onChange={(e) => setEditing({ ...editing, lanes: Number(e.target.value) })} />
          ) : (
            <p>{squad.lanes} lanes</p>
          )}
          {editing && editing.id === squad.id ? (
            <Input value={editing.coach} onChange={(e) => setEditing({ ...editing, coach: e.target.value })} />
          ) : (
            <p>{squad.coach}</p>
          )}
          {editing && editing.id === squad.id ? (
            <Button onClick={() => onSave(editing)}>Update Squad</Button>
          ) : (
            <Button variant="outline" onClick={() => setEditing(squad)}>Edit</Button>
          )}
        </div>
      ))}
    </div>
  )
}
