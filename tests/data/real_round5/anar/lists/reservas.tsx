"use client"
// A Spanish spa's staff page: reservations loaded from the database, and a dialog that picks one.
import { useEffect, useState } from "react"
import { createClient } from "@/lib/supabase/client"
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"

export default function PanelReservas() {
  const [reservas, setReservas] = useState<any[]>([])
  const [elegida, setElegida] = useState<string | null>(null)
  useEffect(() => {
    createClient().from("reservas").select("*").then(({ data }) => setReservas(data ?? []))
  }, [])
  return (
    <section>
      <p>Hola, equipo</p>
      <div>
        <h2>Próximas reservas</h2>
        <ul>
          {reservas.map((r) => (
            <li key={r.id}>{r.cliente} · {r.tratamiento} · {r.fecha}</li>
          ))}
        </ul>
      </div>
      <Dialog open>
        <DialogContent>
          <DialogTitle>Emitir recibo</DialogTitle>
          {reservas.map((r) => (
            <button key={r.id} onClick={() => setElegida(r.id)}>{r.cliente}</button>
          ))}
        </DialogContent>
      </Dialog>
    </section>
  )
}
