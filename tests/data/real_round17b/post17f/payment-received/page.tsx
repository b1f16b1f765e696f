"use client"

import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

export default function DuesLedger() {
  function keep() {
    fetch("/api/dues", { method: "POST" })
  }

  return (
    <section>
      <h2>Record a member payment</h2>
      <Input id="payment-member" placeholder="Member" />
      <Input id="payment-amount" type="number" placeholder="Amount" />
      <Input id="payment-date" type="date" />
      <Input id="payment-notes" placeholder="Notes" />
      <Button onClick={keep}>Save</Button>
    </section>
  )
}
