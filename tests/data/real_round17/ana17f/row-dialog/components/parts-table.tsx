"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog"

type Part = { id: string; label: string; onHand: number }

export function PartsTable({ parts }: { parts: Part[] }) {
  const [count, setCount] = useState("")
  const [why, setWhy] = useState("")
  const [status, setStatus] = useState<Record<string, string>>({})

  async function recount(part: Part) {
    await fetch(`/api/parts/${part.id}/count`, {
      method: "POST",
      body: JSON.stringify({ count: Number(count), why }),
    })
  }

  return (
    <table>
      <tbody>
        {parts.map((part) => (
          <tr key={part.id}>
            <td>{part.label}</td>
            <td>{part.onHand}</td>
            <td>
              <select
                value={status[part.id] ?? "ok"}
                onChange={(e) => setStatus({ ...status, [part.id]: e.target.value })}
              >
                <option value="ok">OK</option>
                <option value="damaged">Damaged</option>
              </select>
            </td>
            <td>
              <Dialog>
                <DialogTrigger asChild>
                  <Button variant="ghost">Recount</Button>
                </DialogTrigger>
                <DialogContent>
                  <DialogHeader>
                    <DialogTitle>Record Count - {part.label}</DialogTitle>
                  </DialogHeader>
                  <label htmlFor="counted">Counted</label>
                  <Input id="counted" type="number" value={count} onChange={(e) => setCount(e.target.value)} />
                  <label htmlFor="why">Why it differs</label>
                  <Textarea id="why" value={why} onChange={(e) => setWhy(e.target.value)} />
                  <Button onClick={() => recount(part)}>Save Count</Button>
                </DialogContent>
              </Dialog>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
