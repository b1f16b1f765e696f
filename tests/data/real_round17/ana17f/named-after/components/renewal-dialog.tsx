"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"

export function RenewalDialog({ member, open, onOpenChange }: { member: { name: string }; open: boolean; onOpenChange: (o: boolean) => void }) {
  const [months, setMonths] = useState("12")
  const [note, setNote] = useState("")

  async function renew() {
    await fetch("/api/renewals", { method: "POST", body: JSON.stringify({ months, note }) })
    onOpenChange(false)
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Renew membership for {member.name}</DialogTitle>
        </DialogHeader>
        <label htmlFor="months">Months</label>
        <Input id="months" type="number" value={months} onChange={(e) => setMonths(e.target.value)} />
        <label htmlFor="note">Note</label>
        <Input id="note" value={note} onChange={(e) => setNote(e.target.value)} />
        <Button onClick={renew}>Renew</Button>
      </DialogContent>
    </Dialog>
  )
}
