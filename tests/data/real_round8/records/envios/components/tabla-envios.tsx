"use client"

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table"

type Envio = { id: string; numeroGuia: string; sender: string; destino: string; amount: number }

// the office's shipments: who sent each, where to, its waybill number and what was charged
export function TablaEnvios({ envios }: { envios: Envio[] }) {
  return (
    <section>
    <h2>Envíos del día</h2>
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Guía</TableHead>
          <TableHead>Remitente</TableHead>
          <TableHead>Destino</TableHead>
          <TableHead>Importe</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {envios.map((envio) => (
          <TableRow key={envio.id}>
            <TableCell>{envio.numeroGuia}</TableCell>
            <TableCell>{envio.sender}</TableCell>
            <TableCell>{envio.destino}</TableCell>
            <TableCell>{envio.amount.toFixed(2)} €</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
    </section>
  )
}
