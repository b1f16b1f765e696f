"use client"

import { useEffect, useState } from "react"

type Aluno = { id: string; nome: string; email: string; telefone: string; turma: string }

export default function AlunosPage() {
  const [alunos, setAlunos] = useState<Aluno[]>([])
  useEffect(() => {
    fetch("/api/alunos").then((r) => r.json()).then(setAlunos)
  }, [])
  return (
    <main>
      <h1>Alunos inscritos</h1>
      {alunos.map((a) => (
        <div key={a.id}>
          {a.nome} · {a.turma} · {a.email} · {a.telefone}
        </div>
      ))}
    </main>
  )
}
