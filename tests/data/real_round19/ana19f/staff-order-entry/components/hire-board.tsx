"use client"
import { useState } from "react"
import { db } from "@/lib/db"
import { Button } from "@/components/ui/button"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Label } from "@/components/ui/label"
import { Input } from "@/components/ui/input"

export function HireBoard() {
  const [open, setOpen] = useState(false)
  const [tool, setTool] = useState("")
  const [client, setClient] = useState("")
  const [weeks, setWeeks] = useState("1")

  const saveHire = async () => {
    await db.from("orders").insert({ tool_id: tool, client_id: client, weeks: Number(weeks), status: "new" })
    setOpen(false)
  }

  return (
    <div>
      <h2>Tool hire overview</h2>
      <p>Tools out this week: 12</p>
      <Button onClick={() => setOpen(true)}>New hire</Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Hire Out a Tool</DialogTitle>
          </DialogHeader>
          <Label htmlFor="tool">Tool</Label>
          <Input id="tool" value={tool} onChange={(e) => setTool(e.target.value)} />
          <Label htmlFor="client">Client</Label>
          <Input id="client" value={client} onChange={(e) => setClient(e.target.value)} />
          <Label htmlFor="weeks">Weeks</Label>
          <Input id="weeks" type="number" value={weeks} onChange={(e) => setWeeks(e.target.value)} />
          <Button onClick={saveHire}>Save</Button>
        </DialogContent>
      </Dialog>
    </div>
  )
}
