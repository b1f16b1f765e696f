"use client"

import { useState } from "react"
import { Plus } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet"
import { Textarea } from "@/components/ui/textarea"

export function NewTicketSheet() {
  const [severity, setSeverity] = useState("P3")

  async function create(formData: FormData) {
    formData.set("severity", severity)
    await fetch("/api/tickets", { method: "POST", body: formData })
  }

  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button size="sm"><Plus className="mr-1 h-4 w-4" /> New ticket</Button>
      </SheetTrigger>
      <SheetContent>
        <SheetHeader>
          <SheetTitle>Report an IT issue</SheetTitle>
          <SheetDescription>P1 pages the on-call engineer immediately.</SheetDescription>
        </SheetHeader>
        <form action={create} className="mt-6 space-y-4">
          <div className="space-y-2">
            <Label htmlFor="title">What&apos;s wrong?</Label>
            <Input id="title" name="title" required />
          </div>
          <div className="space-y-2">
            <Label>Severity</Label>
            <Select value={severity} onValueChange={setSeverity}>
              <SelectTrigger><SelectValue /></SelectTrigger>
              <SelectContent>
                <SelectItem value="P1">P1 — everything is down</SelectItem>
                <SelectItem value="P2">P2 — I can't work</SelectItem>
                <SelectItem value="P3">P3 — annoying</SelectItem>
                <SelectItem value="P4">P4 — whenever</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="space-y-2">
            <Label htmlFor="details">Details</Label>
            <Textarea id="details" name="details" rows={5} />
          </div>
          <SheetFooter>
            <Button type="submit">Create ticket</Button>
          </SheetFooter>
        </form>
      </SheetContent>
    </Sheet>
  )
}
