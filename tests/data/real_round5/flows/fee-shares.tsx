"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

type Share = { mail: string; percent: number }

// one step of a wizard: rows of fee shares handed to the parent, which submits them later
export function FeeShares({ onSharesChange }: { onSharesChange: (s: Share[]) => void }) {
  const [shares, setShares] = useState<Share[]>([])
  const [mail, setMail] = useState("")
  const [percent, setPercent] = useState(0)

  const addShare = () => {
    const next = [...shares, { mail, percent }]
    setShares(next)
    onSharesChange(next)
  }

  return (
    <div>
      <h3>Partage des honoraires</h3>
      <Input type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
      <Input type="number" value={percent} onChange={(e) => setPercent(+e.target.value)} />
      <Button onClick={addShare}>Ajouter</Button>
    </div>
  )
}

// a dialog giving its record to the parent on save is a form of its own
export function NewPartner({ onSave }: { onSave: (p: { name: string; mail: string }) => void }) {
  const [name, setName] = useState("")
  const [mail, setMail] = useState("")
  return (
    <div>
      <h3>Nouveau partenaire</h3>
      <Input value={name} onChange={(e) => setName(e.target.value)} />
      <Input type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
      <Button onClick={() => onSave({ name, mail })}>Enregistrer</Button>
    </div>
  )
}
