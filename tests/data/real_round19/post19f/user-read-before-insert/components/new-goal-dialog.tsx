"use client"

import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { createClient } from "@/lib/supabase/client"

export function NewGoalDialog() {
  const [open, setOpen] = useState(false)

  async function onSave(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const data = new FormData(e.currentTarget)
    const supabase = createClient()
    const {
      data: { user },
    } = await supabase.auth.getUser()
    if (!user) return
    await supabase.from("savings_goals").insert({
      owner: user.id,
      title: data.get("goal_name"),
      target: Number(data.get("target_amount")),
      due: data.get("due_date"),
    })
    setOpen(false)
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Nueva meta de ahorro</DialogTitle>
        </DialogHeader>
        <form onSubmit={onSave}>
          <Label htmlFor="goal_name">Nombre de la meta</Label>
          <Input id="goal_name" name="goal_name" required />
          <Label htmlFor="target_amount">Importe objetivo</Label>
          <Input id="target_amount" name="target_amount" type="number" required />
          <Label htmlFor="due_date">Fecha límite</Label>
          <Input id="due_date" name="due_date" type="date" />
          <Button type="submit">Guardar meta</Button>
        </form>
      </DialogContent>
    </Dialog>
  )
}
