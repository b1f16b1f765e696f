"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

export function KilnJobDialog({ open, onSaved }: { open: boolean; onSaved: () => void }) {
  const [job, setJob] = useState({ title: "", description: "", priority: "normal", assignee: "" })
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/kiln-jobs", { method: "POST", body: JSON.stringify(job) })
    onSaved()
  }
  return (
    <Dialog open={open}>
      <DialogContent>
        <DialogTitle>New Kiln Issue</DialogTitle>
        <form onSubmit={submit}>
          <Input id="title" placeholder="What is wrong" value={job.title} onChange={(e) => setJob({ ...job, title: e.target.value })} />
          <Textarea id="description" placeholder="Describe the issue" value={job.description} onChange={(e) => setJob({ ...job, description: e.target.value })} />
          <Select value={job.priority} onValueChange={(v) => setJob({ ...job, priority: v })}>
            <SelectTrigger id="priority"><SelectValue placeholder="Priority" /></SelectTrigger>
            <SelectContent>
              <SelectItem value="low">Low</SelectItem>
              <SelectItem value="high">High</SelectItem>
            </SelectContent>
          </Select>
          <Select value={job.assignee} onValueChange={(v) => setJob({ ...job, assignee: v })}>
            <SelectTrigger id="assignee"><SelectValue placeholder="Who fixes it" /></SelectTrigger>
            <SelectContent>
              <SelectItem value="mara">Mara</SelectItem>
              <SelectItem value="joel">Joel</SelectItem>
            </SelectContent>
          </Select>
          <Button type="submit">Create Issue</Button>
        </form>
      </DialogContent>
    </Dialog>
  )
}
