"use client"

import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

type Slot = { id: string; day: string; hour: string; sitter: string; phone: string }

export function ChangeSessionDialog({ slot, open, onDone }: { slot: Slot; open: boolean; onDone: () => void }) {
  const [day, setDay] = useState(slot.day)
  const [hour, setHour] = useState(slot.hour)
  const [sitter, setSitter] = useState(slot.sitter)
  const [phone, setPhone] = useState(slot.phone)

  async function save(e: React.FormEvent) {
    e.preventDefault()
    await fetch(`/api/sessions/${slot.id}`, {
      method: "PUT",
      body: JSON.stringify({ day, hour, sitter, phone }),
    })
    onDone()
  }

  return (
    <Dialog open={open} onOpenChange={onDone}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit Appointment</DialogTitle>
        </DialogHeader>
        <form onSubmit={save} className="grid gap-3">
          <label htmlFor="sitter">Who sits</label>
          <Input id="sitter" value={sitter} onChange={(e) => setSitter(e.target.value)} />
          <label htmlFor="phone">Phone</label>
          <Input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
          <label htmlFor="day">Day</label>
          <Input id="day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          <label htmlFor="hour">Hour</label>
          <Input id="hour" type="time" value={hour} onChange={(e) => setHour(e.target.value)} />
          <Button type="submit">Save changes</Button>
        </form>
      </DialogContent>
    </Dialog>
  )
}
