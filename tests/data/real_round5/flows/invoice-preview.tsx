"use client"

import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"

type Factura = { id: string; numero: string; cliente: string; vence: string; total: number }

// a table's row opens the document it stands for; a second dialog shows a client, not a bill
export function FacturasPanel({ facturas }: { facturas: Factura[] }) {
  const [factura, setFactura] = useState<Factura | null>(null)
  const [client, setClient] = useState<{ name: string; mail: string; phone: string } | null>(null)
  return (
    <div>
      {facturas.map((f) => (
        <button key={f.id} onClick={() => setFactura(f)}>
          {f.numero}
        </button>
      ))}
      <Dialog open={factura !== null}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Detalle de la factura</DialogTitle>
          </DialogHeader>
          <p>{factura?.numero}</p>
          <p>{factura?.cliente}</p>
          <p>{factura?.vence}</p>
          <p>{factura?.total}</p>
        </DialogContent>
      </Dialog>
      <Dialog open={client !== null}>
        <DialogContent>
          <DialogTitle>Cliente</DialogTitle>
          <p>{client?.name}</p>
          <p>{client?.mail}</p>
          <p>{client?.phone}</p>
        </DialogContent>
      </Dialog>
    </div>
  )
}
