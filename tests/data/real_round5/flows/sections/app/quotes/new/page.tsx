"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Guests } from "@/components/guests"

// one form, split into files: the guest section lives in its own component
export default function NewQuotePage() {
  const [title, setTitle] = useState("")
  const [budget, setBudget] = useState("")
  const [guests, setGuests] = useState<{ name: string; mail: string }[]>([])
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h1>Offerte aanvragen</h1>
      <Input id="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <Input id="budget" type="number" value={budget} onChange={(e) => setBudget(e.target.value)} />
      <Guests onChange={setGuests} />
      <Button type="submit">Versturen ({guests.length})</Button>
    </form>
  )
}
