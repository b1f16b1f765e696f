"use client"

import { useMemo, useState } from "react"
import { Input } from "@/components/ui/input"
import { Search } from "lucide-react"
import { signOut } from "@/app/admin/session"

type Attempt = { id: string; person: string; mail: string; score: number }

export function AttemptsTable({ attempts }: { attempts: Attempt[] }) {
  const [query, setQuery] = useState("")
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    if (!q) return attempts
    return attempts.filter((a) => a.person.toLowerCase().includes(q) || a.mail.includes(q))
  }, [attempts, query])

  const downloadCsv = () => {}

  const downloadJson = () => {}

  return (
    <div>
      <div>
        <div>
          <h1>Результаты попыток</h1>
          <p>Всего: {attempts.length}</p>
        </div>
        <div>
        <button onClick={downloadCsv}>Экспорт CSV</button>
        <button onClick={downloadJson}>JSON</button>
        <form action={signOut}>
          <button type="submit">Выйти</button>
        </form>
        </div>
      </div>
      <div className="relative">
        <Search className="h-4 w-4" />
        <Input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Поиск по имени, email или номеру попытки"
        />
      </div>
      <table>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id}>
              <td>{a.person}</td>
              <td>{a.mail}</td>
              <td>{a.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
