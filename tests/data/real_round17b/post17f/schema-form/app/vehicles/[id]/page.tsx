"use client"

import { useState } from "react"
import { Button, Input, Textarea } from "@/ui"
import { SCHEMAS } from "@/lib/schemas"
import { updateEntry } from "@/lib/store"

const schema = SCHEMAS.vehicle

export default function VehiclePage({ entry }: { entry: Record<string, string> }) {
  const [changing, setChanging] = useState(false)
  const [draft, setDraft] = useState(entry)

  return (
    <div>
      <header>
        <h3>{changing ? "Edit Vehicle" : "Overview"}</h3>
        {!changing && <Button onClick={() => setChanging(true)}>Change</Button>}
      </header>
      {changing ? (
        <div>
          {schema.attributes.map((attr) => (
            <Attribute
              key={attr.id}
              attribute={attr}
              value={draft[attr.id]}
              onChange={(v) => setDraft({ ...draft, [attr.id]: v })}
            />
          ))}
          <Button onClick={() => updateEntry("vehicle", draft)}>Save</Button>
        </div>
      ) : (
        <dl>
          {schema.attributes.map((attr) => (
            <dd key={attr.id}>{entry[attr.id]}</dd>
          ))}
        </dl>
      )}
    </div>
  )
}

function Attribute({ attribute, value, onChange }: { attribute: any; value: string; onChange: (v: string) => void }) {
  switch (attribute.kind) {
    case "long":
      return <Textarea value={value} onChange={(e) => onChange(e.target.value)} />
    default:
      return <Input value={value} onChange={(e) => onChange(e.target.value)} placeholder={attribute.name} />
  }
}
