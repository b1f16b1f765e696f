"use client"

import { useEffect, useState } from "react"
import { TablaEnvios } from "@/components/tabla-envios"

export default function EnviosPage() {
  const [envios, setEnvios] = useState([])
  useEffect(() => {
    fetch("/api/envios").then((r) => r.json()).then(setEnvios)
  }, [])
  return (
    <main>
      <h1>Oficina</h1>
      <TablaEnvios envios={envios} />
    </main>
  )
}
