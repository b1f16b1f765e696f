"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Textarea } from "@/components/ui/textarea"

export function ContactSalesDialog() {
  const [sent, setSent] = useState(false)

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    await fetch("https://api.hubapi.com/submissions/v3/integration/submit/4455667/7f3c1e2a", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        fields: [
          { name: "email", value: form.get("work-email") },
          { name: "company", value: form.get("company") },
          { name: "seats", value: form.get("seats") },
          { name: "message", value: form.get("message") },
        ],
      }),
    })
    setSent(true)
  }

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="link" className="px-1">Talk to sales</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Talk to sales</DialogTitle>
        </DialogHeader>
        {sent ? (
          <p className="text-sm">Thanks! An account executive will reach out within a day.</p>
        ) : (
          <form onSubmit={onSubmit} className="space-y-4">
            <div className="space-y-2">
              <Label htmlFor="work-email">Work email</Label>
              <Input id="work-email" name="work-email" type="email" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="company">Company</Label>
              <Input id="company" name="company" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="seats">Team size</Label>
              <Input id="seats" name="seats" type="number" min={1} />
            </div>
            <div className="space-y-2">
              <Label htmlFor="message">What are you looking for?</Label>
              <Textarea id="message" name="message" />
            </div>
            <Button type="submit" className="w-full">Send</Button>
          </form>
        )}
      </DialogContent>
    </Dialog>
  )
}
