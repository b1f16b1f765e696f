"use client"

import { useState } from "react"
import { Button, Input, Select, SelectContent, SelectItem, SelectTrigger, Switch } from "@/ui"
import { SCHEMAS } from "@/lib/schemas"
import { saveEntry } from "@/lib/store"

const schema = SCHEMAS.vehicle

export default function VehiclesPage() {
  const [draft, setDraft] = useState<Record<string, unknown>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    setBusy(true)
    await saveEntry("vehicle", draft)
    setBusy(false)
  }

  return (
    <section>
      <h2>New {schema.title}</h2>
      <div className="grid gap-3">
        {schema.attributes.map((attr) => (
          <AttributeInput
            key={attr.id}
            attribute={attr}
            value={draft[attr.id]}
            onChange={(v) => setDraft((d) => ({ ...d, [attr.id]: v }))}
          />
        ))}
        <Button onClick={submit}>{busy ? "Saving..." : `Register ${schema.title}`}</Button>
      </div>
    </section>
  )
}

function AttributeInput({ attribute, value, onChange }: { attribute: any; value: unknown; onChange: (v: unknown) => void }) {
  if (attribute.kind === "flag") {
    return <Switch checked={Boolean(value)} onCheckedChange={onChange} />
  }
  if (attribute.kind === "choice") {
    return (
      <Select value={String(value ?? "")} onValueChange={onChange}>
        <SelectTrigger>{attribute.name}</SelectTrigger>
        <SelectContent>
          {attribute.choices.map((c: string) => (
            <SelectItem key={c} value={c}>{c}</SelectItem>
          ))}
        </SelectContent>
      </Select>
    )
  }
  return <Input value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} placeholder={attribute.name} />
}
