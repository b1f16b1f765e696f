"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Modal } from "@/components/modal"

export function SwimmersAdmin({ open, setOpen }: { open: boolean; setOpen: (v: boolean) => void }) {
  const [swimmer, setSwimmer] = useState({ name: "", squad: "" })
  const handleAddSwimmer = async () => {
    await fetch("/api/swimmers", { method: "POST", body: JSON.stringify(swimmer) })
  }
  return (
    <section>
      <h2>Squads</h2>
      <Modal open={open} onOpenChange={setOpen} title="Add Swimmer">
        <Input placeholder="Swimmer name" value={swimmer.name} onChange={(e) => setSwimmer({ ...swimmer, name: e.target.value })} />
        <Input placeholder="Squad" value={swimmer.squad} onChange={(e) => setSwimmer({ ...swimmer, squad: e.target.value })} />
        <Button onClick={handleAddSwimmer}>Save Swimmer</Button>
      </Modal>
    </section>
  )
}
