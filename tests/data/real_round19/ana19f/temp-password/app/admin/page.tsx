"use client"
import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

export default function Staff() {
  const [tutor, setTutor] = useState({ nombre: "", correo: "", materia: "", grupo: "", claveTemporal: "" })
  const [clerk, setClerk] = useState({ nombre: "", puesto: "", salario: "" })
  return (
    <div>
      <Dialog open>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Nuevo tutor</DialogTitle>
          </DialogHeader>
          <Label htmlFor="nombre">Nombre</Label>
          <Input id="nombre" value={tutor.nombre} onChange={(e) => setTutor({ ...tutor, nombre: e.target.value })} />
          <Label htmlFor="correo">Correo</Label>
          <Input id="correo" type="email" value={tutor.correo} onChange={(e) => setTutor({ ...tutor, correo: e.target.value })} />
          <Label htmlFor="materia">Materia</Label>
          <Input id="materia" value={tutor.materia} onChange={(e) => setTutor({ ...tutor, materia: e.target.value })} />
          <Label htmlFor="grupo">Grupo</Label>
          <Input id="grupo" value={tutor.grupo} onChange={(e) => setTutor({ ...tutor, grupo: e.target.value })} />
          <Label htmlFor="clave">Contraseña temporal</Label>
          <Input id="clave" value={tutor.claveTemporal} onChange={(e) => setTutor({ ...tutor, claveTemporal: e.target.value })} />
          <Button onClick={() => fetch("/api/tutores", { method: "POST", body: JSON.stringify(tutor) })}>Crear</Button>
        </DialogContent>
      </Dialog>
      <Dialog open>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Nuevo empleado</DialogTitle>
          </DialogHeader>
          <Label htmlFor="enombre">Nombre</Label>
          <Input id="enombre" value={clerk.nombre} onChange={(e) => setClerk({ ...clerk, nombre: e.target.value })} />
          <Label htmlFor="puesto">Puesto</Label>
          <Input id="puesto" value={clerk.puesto} onChange={(e) => setClerk({ ...clerk, puesto: e.target.value })} />
          <Label htmlFor="salario">Salario</Label>
          <Input id="salario" type="number" value={clerk.salario} onChange={(e) => setClerk({ ...clerk, salario: e.target.value })} />
          <Button onClick={() => fetch("/api/empleados", { method: "POST", body: JSON.stringify(clerk) })}>Guardar</Button>
        </DialogContent>
      </Dialog>
    </div>
  )
}
