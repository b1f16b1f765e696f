"use client"

import { useState } from "react"
import { Plus, Trash2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { Textarea } from "@/components/ui/textarea"
import { clients } from "@/lib/data"
import { createInvoice } from "./actions"

type Line = { description: string; quantity: number; unitPrice: number }

export default function NewInvoicePage() {
  const [clientId, setClientId] = useState("")
  const [dueDate, setDueDate] = useState("")
  const [notes, setNotes] = useState("")
  const [items, setItems] = useState<Line[]>([{ description: "", quantity: 1, unitPrice: 0 }])

  const total = items.reduce((sum, i) => sum + i.quantity * i.unitPrice, 0)

  const updateItem = (index: number, patch: Partial<Line>) =>
    setItems((prev) => prev.map((item, i) => (i === index ? { ...item, ...patch } : item)))

  return (
    <div className="mx-auto max-w-3xl p-8">
      <Card>
        <CardHeader>
          <CardTitle>New invoice</CardTitle>
        </CardHeader>
        <CardContent className="space-y-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="space-y-2">
              <Label htmlFor="client">Client</Label>
              <Select value={clientId} onValueChange={setClientId}>
                <SelectTrigger id="client">
                  <SelectValue placeholder="Choose a client" />
                </SelectTrigger>
                <SelectContent>
                  {clients.map((c) => (
                    <SelectItem key={c.id} value={c.id}>
                      {c.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
            <div className="space-y-2">
              <Label htmlFor="dueDate">Due date</Label>
              <Input id="dueDate" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
            </div>
          </div>
          <div className="space-y-3">
            <Label>Line items</Label>
            {items.map((item, index) => (
              <div key={index} className="grid grid-cols-[1fr_80px_120px_40px] gap-2">
                <Input
                  placeholder="Description"
                  value={item.description}
                  onChange={(e) => updateItem(index, { description: e.target.value })}
                />
                <Input
                  type="number"
                  min={1}
                  value={item.quantity}
                  onChange={(e) => updateItem(index, { quantity: Number(e.target.value) })}
                />
                <Input
                  type="number"
                  step="0.01"
                  value={item.unitPrice}
                  onChange={(e) => updateItem(index, { unitPrice: Number(e.target.value) })}
                />
                <Button variant="ghost" size="icon" onClick={() => setItems(items.filter((_, i) => i !== index))}>
                  <Trash2 className="h-4 w-4" />
                </Button>
              </div>
            ))}
            <Button
              variant="outline"
              size="sm"
              onClick={() => setItems([...items, { description: "", quantity: 1, unitPrice: 0 }])}
            >
              <Plus className="mr-2 h-4 w-4" /> Add line
            </Button>
          </div>
          <div className="space-y-2">
            <Label htmlFor="notes">Notes</Label>
            <Textarea id="notes" value={notes} onChange={(e) => setNotes(e.target.value)} placeholder="Thank you for your business!" />
          </div>
          <div className="flex justify-end text-lg font-semibold">Total: ${total.toFixed(2)}</div>
        </CardContent>
        <CardFooter className="justify-end gap-2">
          <Button variant="outline" onClick={() => createInvoice({ clientId, dueDate, items, notes, send: false })}>
            Save draft
          </Button>
          <Button onClick={() => createInvoice({ clientId, dueDate, items, notes, send: true })}>
            Send invoice
          </Button>
        </CardFooter>
      </Card>
    </div>
  )
}
