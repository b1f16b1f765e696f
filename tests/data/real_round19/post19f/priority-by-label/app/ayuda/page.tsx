"use client"

import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Textarea } from "@/components/ui/textarea"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

export default function HelpDeskPage() {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h2 className="text-xl font-bold">Abrir una incidencia de soporte</h2>
      <div className="space-y-4">
        <div>
          <Label>Prioridad</Label>
          <Select>
            <SelectTrigger>
              <SelectValue placeholder="Elige" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="baja">Baja</SelectItem>
              <SelectItem value="media">Media</SelectItem>
              <SelectItem value="alta">Alta</SelectItem>
            </SelectContent>
          </Select>
        </div>
        <div>
          <Label>Asunto</Label>
          <Input placeholder="Resumen del problema" />
        </div>
        <div>
          <Label>Descripción</Label>
          <Textarea placeholder="Cuéntanos qué pasó" />
        </div>
        <Button>Enviar incidencia</Button>
      </div>
    </main>
  )
}
