"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { Textarea } from "@/components/ui/textarea"

const budgets = ["< $10k", "$10–25k", "$25–50k", "$50k+"]

export function ContactForm() {
  const [status, setStatus] = useState<"idle" | "sending" | "sent">("idle")

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    setStatus("sending")
    await fetch("/api/contact", { method: "POST", body: new FormData(e.currentTarget) })
    setStatus("sent")
  }

  if (status === "sent") return <p className="text-lg">Thanks — talk soon.</p>

  return (
    <form onSubmit={submit} className="space-y-5">
      <div className="grid grid-cols-2 gap-4">
        <div className="space-y-2">
          <Label htmlFor="name">Name</Label>
          <Input id="name" name="name" required />
        </div>
        <div className="space-y-2">
          <Label htmlFor="email">Email</Label>
          <Input id="email" name="email" type="email" required />
        </div>
      </div>
      <div className="space-y-2">
        <Label htmlFor="company">Company</Label>
        <Input id="company" name="company" />
      </div>
      <div className="space-y-2">
        <Label>Budget</Label>
        <RadioGroup name="budget" className="grid grid-cols-2 gap-2">
          {budgets.map((b) => (
            <Label key={b} className="flex items-center gap-2 rounded-md border p-3">
              <RadioGroupItem value={b} /> {b}
            </Label>
          ))}
        </RadioGroup>
      </div>
      <div className="space-y-2">
        <Label htmlFor="message">Project details</Label>
        <Textarea id="message" name="message" rows={5} required />
      </div>
      <Button type="submit" disabled={status === "sending"}>Send message</Button>
    </form>
  )
}
