"use client"
// A Portuguese procurement desk: two titled tables of one record type on one page, loaded.
import { useEffect, useState } from "react"

export default function Painel() {
  const [faturas, setFaturas] = useState<any[]>([])
  useEffect(() => {
    fetch("/api/faturas").then((r) => r.json()).then(setFaturas)
  }, [])
  return (
    <main>
      <h1>Painel</h1>
      <section>
        <h2>Lista de faturas de clientes</h2>
        <table><tbody>
          {faturas.filter((f) => f.tipo === "cliente").map((f) => <tr key={f.numero}><td>{f.numero}</td></tr>)}
        </tbody></table>
      </section>
      <section>
        <h2>Lista de faturas de fornecedores</h2>
        <table><tbody>
          {faturas.filter((f) => f.tipo === "fornecedor").map((f) => <tr key={f.numero}><td>{f.numero}</td></tr>)}
        </tbody></table>
      </section>
    </main>
  )
}
