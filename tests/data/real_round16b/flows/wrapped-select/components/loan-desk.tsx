"use client"

import { useState } from "react"

const TOOLS = ["Drill", "Ladder", "Saw"]
const PEOPLE = ["Ana", "Ben", "Chloe"]

function Caption({ text }: { text: string }) {
  return <p className="caption">{text}</p>
}

function PickOne({ value, onChange, options }: { value: string; onChange: (v: string) => void; options: string[] }) {
  return (
    <select
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className="picker"
    >
      {options.map((o) => (
        <option key={o} value={o}>{o}</option>
      ))}
    </select>
  )
}

export function LendTool({ onSave }: { onSave: (tool: string, person: string, note: string) => void }) {
  const [tool, setTool] = useState(TOOLS[0])
  const [person, setPerson] = useState(PEOPLE[0])
  const [note, setNote] = useState("")

  return (
    <div className="panel">
      <div className="bar">Lend a tool</div>
      <div className="body">
        <Caption text="Tool" />
        <PickOne value={tool} onChange={setTool} options={TOOLS} />
        <Caption text="Borrower" />
        <PickOne value={person} onChange={setPerson} options={PEOPLE} />
        <Caption text="Note (optional)" />
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Anything to add" />
      </div>
      <button onClick={() => onSave(tool, person, note)}>Save loan</button>
    </div>
  )
}
