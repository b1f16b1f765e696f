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
      <section>
        <h2>Envíos del día</h2>
        <TablaEnvios envios={envios} />
      </section>
    </main>
  )
}
