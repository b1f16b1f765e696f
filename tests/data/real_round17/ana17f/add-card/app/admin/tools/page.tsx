"use client"

import { useState } from "react"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"

type Tool = { id: number; title: string; dailyRate: number; notes: string }

export default function AdminToolsPage() {
  const [tools, setTools] = useState<Tool[]>([])
  const [title, setTitle] = useState("")
  const [dailyRate, setDailyRate] = useState("")
  const [notes, setNotes] = useState("")

  function addTool() {
    setTools([...tools, { id: Date.now(), title, dailyRate: Number(dailyRate), notes }])
  }

  function dropTool(id: number) {
    setTools(tools.filter((t) => t.id !== id))
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>Add Rental Tool</CardTitle>
        </CardHeader>
        <CardContent>
          <div>
            <div>
              <Input placeholder="Title" value={title} onChange={(e) => setTitle(e.target.value)} />
              <Input
                placeholder="Daily rate"
                type="number"
                value={dailyRate}
                onChange={(e) => setDailyRate(e.target.value)}
              />
              <Textarea placeholder="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </div>
          <div className="flex justify-end">
            <Button onClick={addTool}>Add</Button>
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Tools for hire</CardTitle>
        </CardHeader>
        <CardContent>
          {tools.map((t) => (
            <div key={t.id}>
              {t.title} · {t.dailyRate}
              <Button variant="destructive" onClick={() => dropTool(t.id)}>
                Remove
              </Button>
            </div>
          ))}
        </CardContent>
      </Card>
    </div>
  )
}
