"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"

export default function VolunteersPage() {
  const [open, setOpen] = useState(false)
  const [entry, setEntry] = useState({ fullName: "", email: "", shiftDay: "" })

  const save = async () => {
    await fetch("/api/volunteer-profiles", { method: "POST", body: JSON.stringify(entry) })
    setOpen(false)
  }

  return (
    <main>
      <h1>Volunteer roster</h1>
      <Button onClick={() => setOpen(true)}>Add volunteer</Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogTitle>New Profile</DialogTitle>
          <Input placeholder="Full name" value={entry.fullName} onChange={(e) => setEntry({ ...entry, fullName: e.target.value })} />
          <Input type="email" placeholder="Email" value={entry.email} onChange={(e) => setEntry({ ...entry, email: e.target.value })} />
          <Input placeholder="Usual shift day" value={entry.shiftDay} onChange={(e) => setEntry({ ...entry, shiftDay: e.target.value })} />
          <Button onClick={save}>Save</Button>
        </DialogContent>
      </Dialog>
    </main>
  )
}
