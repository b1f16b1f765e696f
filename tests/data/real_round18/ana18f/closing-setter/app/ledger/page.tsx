"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import {
  Dialog,
  DialogContent,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog"

const entries = [
  { id: "R-101", tenant: "Ines Duarte", month: "March" },
  { id: "R-102", tenant: "Tom Becker", month: "March" },
]

export default function LedgerPage() {
  const [isPaymentDialogOpen, setIsPaymentDialogOpen] = useState(false)

  return (
    <div>
      <h1>Rent ledger</h1>
      <Dialog open={isPaymentDialogOpen} onOpenChange={setIsPaymentDialogOpen}>
        <DialogTrigger asChild>
          <Button>New entry</Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Rent received</DialogTitle>
          </DialogHeader>
          <label htmlFor="entry-tenant">Tenant</label>
          <Input id="entry-tenant" placeholder="Who paid" />
          <label htmlFor="entry-month">Month</label>
          <Input id="entry-month" placeholder="March" />
          <label htmlFor="entry-method">Received by</label>
          <Select>
            <SelectTrigger>
              <SelectValue placeholder="How it came in" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="cash">Cash</SelectItem>
              <SelectItem value="transfer">Bank transfer</SelectItem>
              <SelectItem value="card">Credit card</SelectItem>
            </SelectContent>
          </Select>
          <DialogFooter>
            <Button variant="outline" onClick={() => setIsPaymentDialogOpen(false)}>
              Cancel
            </Button>
            <Button onClick={() => setIsPaymentDialogOpen(false)}>Save entry</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.tenant}, {entry.month}
          </li>
        ))}
      </ul>
    </div>
  )
}
