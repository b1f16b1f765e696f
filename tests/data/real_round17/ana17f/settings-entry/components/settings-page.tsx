"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Switch } from "@/components/ui/switch"
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogFooter, DialogTrigger } from "@/components/ui/dialog"

type Depot = { id: number; name: string; city: string }

export function SettingsPage() {
  const [depots, setDepots] = useState<Depot[]>([])
  const [open, setOpen] = useState(false)
  const [depotName, setDepotName] = useState("")
  const [depotCity, setDepotCity] = useState("")
  const [darkMode, setDarkMode] = useState(false)

  function saveDepot() {
    setDepots([...depots, { id: Date.now(), name: depotName, city: depotCity }])
    setOpen(false)
  }

  return (
    <div>
      <h1>Ajustes</h1>
      <section>
        <span>Modo oscuro</span>
        <Switch checked={darkMode} onCheckedChange={setDarkMode} />
      </section>
      <section>
        <h2>Depósitos</h2>
          <ul>
          {depots.map((d) => (
            <li key={d.id}>{d.name} · {d.city}</li>
          ))}
        </ul>
      </section>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Nuevo Depósito</DialogTitle>
          </DialogHeader>
          <label htmlFor="depot-name">Nombre</label>
          <Input id="depot-name" value={depotName} onChange={(e) => setDepotName(e.target.value)} />
          <label htmlFor="depot-city">Ciudad</label>
          <Input id="depot-city" value={depotCity} onChange={(e) => setDepotCity(e.target.value)} />
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>Cancelar</Button>
            <Button onClick={saveDepot}>Guardar</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  )
}
