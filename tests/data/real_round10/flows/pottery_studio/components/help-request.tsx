"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

export function HelpRequest() {
  const [req, setReq] = useState({ subject: "", description: "", priority: "normal" })
  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/help", { method: "POST", body: JSON.stringify(req) })
  }
  return (
    <section>
      <h2>Report an issue with your class</h2>
      <form onSubmit={send}>
        <Input id="subject" placeholder="Subject" value={req.subject} onChange={(e) => setReq({ ...req, subject: e.target.value })} />
        <Textarea id="description" placeholder="Tell us what happened" value={req.description} onChange={(e) => setReq({ ...req, description: e.target.value })} />
        <Select value={req.priority} onValueChange={(v) => setReq({ ...req, priority: v })}>
          <SelectTrigger id="priority"><SelectValue placeholder="How urgent" /></SelectTrigger>
          <SelectContent>
            <SelectItem value="low">Low</SelectItem>
            <SelectItem value="high">High</SelectItem>
          </SelectContent>
        </Select>
        <Button type="submit">Send request</Button>
      </form>
    </section>
  )
}
