"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

export function PrivateRoom() {
  const [guest, setGuest] = useState({ name: "", email: "", phone: "" })
  return (
    <section>
      <h2>The back room, for groups of eight or more</h2>
      <form onSubmit={(e) => e.preventDefault()}>
        <Input placeholder="Your name" value={guest.name} onChange={(e) => setGuest({ ...guest, name: e.target.value })} />
        <Input type="email" placeholder="Email" value={guest.email} onChange={(e) => setGuest({ ...guest, email: e.target.value })} />
        <Input type="tel" placeholder="Phone" value={guest.phone} onChange={(e) => setGuest({ ...guest, phone: e.target.value })} />
        <Button type="submit">Reserve</Button>
      </form>
    </section>
  )
}
