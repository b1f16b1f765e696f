"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

const PICKUP_TIMES = ["07:30", "08:00", "08:30", "09:00", "09:30", "10:00"]

export function PreorderForm() {
  const [sent, setSent] = useState(false)

  return sent ? (
    <p className="rounded-lg bg-white p-6">Danke! See you at the counter.</p>
  ) : (
    <form
      className="space-y-4 rounded-2xl bg-white p-6 shadow-sm"
      onSubmit={async (e) => {
        e.preventDefault()
        const body = Object.fromEntries(new FormData(e.currentTarget))
        await fetch("https://hooks.zapier.com/hooks/catch/1234567/abcde/", { method: "POST", body: JSON.stringify(body) })
        setSent(true)
      }}
    >
      <div className="grid grid-cols-3 gap-3">
        <div className="space-y-1">
          <Label htmlFor="loaf">Country Loaf</Label>
          <Input id="loaf" name="loaf" type="number" min={0} defaultValue={0} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="rye">Seeded Rye</Label>
          <Input id="rye" name="rye" type="number" min={0} defaultValue={0} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="buns">Bun boxes</Label>
          <Input id="buns" name="buns" type="number" min={0} defaultValue={0} />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div className="space-y-1">
          <Label htmlFor="pickupDate">Pickup day</Label>
          <Input id="pickupDate" name="pickupDate" type="date" required />
        </div>
        <div className="space-y-1">
          <Label htmlFor="pickupTime">Time</Label>
          <Select name="pickupTime" defaultValue="08:00">
            <SelectTrigger id="pickupTime"><SelectValue /></SelectTrigger>
            <SelectContent>
              {PICKUP_TIMES.map((t) => <SelectItem key={t} value={t}>{t}</SelectItem>)}
            </SelectContent>
          </Select>
        </div>
      </div>
      <div className="space-y-1">
        <Label htmlFor="name">Name</Label>
        <Input id="name" name="name" required />
      </div>
      <div className="space-y-1">
        <Label htmlFor="phone">Phone</Label>
        <Input id="phone" name="phone" type="tel" required />
      </div>
      <Button type="submit" className="w-full">Send preorder · pay at pickup</Button>
    </form>
  )
}
