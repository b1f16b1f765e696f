"use client"
import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog"

export default function Cobros() {
  const [open, setOpen] = useState(false)
  return (
    <main>
      <h1>Alquileres cobrados</h1>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <button>Anotar cobro</button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Record Payment</DialogTitle>
          </DialogHeader>
          <label htmlFor="payment-flat">Vivienda</label>
          <input id="payment-flat" />
          <label htmlFor="payment-amount">Importe</label>
          <input id="payment-amount" type="number" />
          <label htmlFor="payment-date">Fecha</label>
          <input id="payment-date" type="date" />
          <label htmlFor="payment-notes">Notas</label>
          <input id="payment-notes" />
          <button onClick={() => setOpen(false)}>Save Payment</button>
        </DialogContent>
      </Dialog>
    </main>
  )
}
