"use client"

import { useEffect, useState } from "react"
import { CONTAS } from "@/lib/contas"

type Docente = { id: string; nome: string; email: string; telefone: string }

export default function DocentesPage() {
  const [docentes, setDocentes] = useState<Docente[]>([])
  useEffect(() => {
    fetch("/api/docentes").then((r) => r.json()).then(setDocentes)
  }, [])
  const professores = docentes.filter((d) => d.email)
  return (
    <main>
      <h1>Professores</h1>
      {professores.map((p) => (
        <div key={p.id}>
          <strong>{p.nome}</strong> {p.email} {p.telefone}
        </div>
      ))}
      <h2>Contas com acesso</h2>
      {CONTAS.map((c) => (
        <div key={c.id}>
          {c.name} · {c.email} · {c.role}
        </div>
      ))}
    </main>
  )
}
