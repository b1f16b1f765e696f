"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"

export function NewJobDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const [plate, setPlate] = useState("")
  const [work, setWork] = useState("")
  const [priority, setPriority] = useState("normal")

  async function save() {
    await fetch("/api/jobs", { method: "POST", body: JSON.stringify({ plate, work, priority }) })
    onOpenChange(false)
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Open Job Card</DialogTitle>
        </DialogHeader>
        <label htmlFor="plate">Plate</label>
        <Input id="plate" value={plate} onChange={(e) => setPlate(e.target.value)} />
        <label htmlFor="work">Work to do</label>
        <Textarea id="work" value={work} onChange={(e) => setWork(e.target.value)} />
        <label htmlFor="priority">Priority</label>
        <Select value={priority} onValueChange={setPriority}>
          <SelectTrigger id="priority">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="low">Low</SelectItem>
            <SelectItem value="normal">Normal</SelectItem>
            <SelectItem value="urgent">Urgent</SelectItem>
          </SelectContent>
        </Select>
        <Button onClick={save}>Save</Button>
      </DialogContent>
    </Dialog>
  )
}
