"use client"

import { useEffect, useState } from "react"
import { DetalleVenta } from "@/components/detalle-venta"
import { InformeVentas } from "@/components/informe-ventas"

export default function Page() {
  const [venta, setVenta] = useState<any>(null)
  const [informe, setInforme] = useState<any>(null)

  useEffect(() => {
    fetch("/api/ventas/ultima").then((r) => r.json()).then(setVenta)
    fetch("/api/informes/mes").then((r) => r.json()).then(setInforme)
  }, [])

  return (
    <main className="p-8">
      {venta && <DetalleVenta venta={venta} />}
      {informe && <InformeVentas venta={informe} />}
    </main>
  )
}
