"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogFooter } from "@/components/ui/dialog"

type Mechanic = { id: number; name: string; shift: string }

export function StaffSettings() {
  const [staff, setStaff] = useState<Mechanic[]>([])
  const [open, setOpen] = useState(false)
  const [editing, setEditing] = useState<Mechanic | null>(null)
  const [name, setName] = useState("")
  const [shift, setShift] = useState("")

  function openDialog(m?: Mechanic) {
    setEditing(m ?? null)
    setName(m?.name ?? "")
    setShift(m?.shift ?? "")
    setOpen(true)
  }

  function save() {
    if (editing) {
      setStaff(staff.map((m) => (m.id === editing.id ? { ...m, name, shift } : m)))
    } else {
      setStaff([...staff, { id: Date.now(), name, shift }])
    }
    setOpen(false)
  }

  return (
    <div>
      <h1>設定</h1>
      <h2>整備士</h2>
      <Button onClick={() => openDialog()}>追加</Button>
      {staff.map((m) => (
        <div key={m.id}>
          {m.name}
          <Button onClick={() => openDialog(m)}>編集</Button>
        </div>
      ))}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{editing ? "整備士を編集" : "整備士を追加"}</DialogTitle>
          </DialogHeader>
          <label htmlFor="mech-name">氏名</label>
          <Input id="mech-name" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="mech-shift">シフト</label>
          <Input id="mech-shift" value={shift} onChange={(e) => setShift(e.target.value)} />
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>キャンセル</Button>
            <Button onClick={save}>保存</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  )
}
