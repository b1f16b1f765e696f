"use client"

import { useState } from "react"
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"

const riders = [
  { id: "1", name: "Ada Moss", email: "ada@example.com", phone: "555-0101" },
  { id: "2", name: "Ben Fairley", email: "ben@example.com", phone: "555-0102" },
  { id: "3", name: "Cleo Marsh", email: "cleo@example.com", phone: "555-0103" },
]

function RiderForm({ onDone }: { onDone: () => void }) {
  return (
    <form onSubmit={onDone}>
      <label htmlFor="name">Full Name</label>
      <input id="name" name="name" />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" />
      <label htmlFor="phone">Phone</label>
      <input id="phone" name="phone" type="tel" />
      <label htmlFor="notes">Notes</label>
      <input id="notes" name="notes" />
      <button type="submit">Add Customer</button>
    </form>
  )
}

export default function CustomersPage() {
  const [open, setOpen] = useState(false)
  return (
    <main>
      <h1>Customers</h1>
      <ul>
        {riders.map((r) => (
          <li key={r.id}>
            {r.name} - {r.email} - {r.phone}
          </li>
        ))}
      </ul>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogTitle>Add New Customer</DialogTitle>
          <RiderForm onDone={() => setOpen(false)} />
        </DialogContent>
      </Dialog>
    </main>
  )
}
