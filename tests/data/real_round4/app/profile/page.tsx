"use client"
import { useState } from "react"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Button } from "@/components/ui/button"

export default function AccountPage() {
  const [me, setMe] = useState({ name: "", email: "", phone: "", emergencyContact: "" })
  const save = (e: React.FormEvent) => { e.preventDefault(); localStorage.setItem("me", JSON.stringify(me)) }
  return (
    <div>
      <h1>Mein Konto</h1>
      <h2>Persönliche Angaben</h2>
      <form onSubmit={save}>
        <Label htmlFor="name">Vollständiger Name</Label>
        <Input id="name" value={me.name} onChange={(e) => setMe({ ...me, name: e.target.value })} />
        <Label htmlFor="email">E-Mail</Label>
        <Input id="email" type="email" value={me.email} onChange={(e) => setMe({ ...me, email: e.target.value })} />
        <Label htmlFor="phone">Telefon</Label>
        <Input id="phone" type="tel" value={me.phone} onChange={(e) => setMe({ ...me, phone: e.target.value })} />
        <Label htmlFor="emergencyContact">Kontakt für Notfälle</Label>
        <Input id="emergencyContact" value={me.emergencyContact} onChange={(e) => setMe({ ...me, emergencyContact: e.target.value })} />
        <Button type="submit">Speichern</Button>
      </form>
    </div>
  )
}
