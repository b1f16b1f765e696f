"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

export default function FirstSteps() {
  const [studio, setStudio] = useState({ studioName: "", city: "", phone: "", email: "" })
  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    await fetch("/api/studios", { method: "POST", body: JSON.stringify(studio) })
  }
  return (
    <main>
      <h1>Welcome to Kilnbook</h1>
      <form onSubmit={save}>
        <Input id="studioName" placeholder="Studio name" value={studio.studioName} onChange={(e) => setStudio({ ...studio, studioName: e.target.value })} />
        <Input id="city" placeholder="City" value={studio.city} onChange={(e) => setStudio({ ...studio, city: e.target.value })} />
        <Input id="phone" type="tel" placeholder="Phone" value={studio.phone} onChange={(e) => setStudio({ ...studio, phone: e.target.value })} />
        <Input id="email" type="email" placeholder="E-mail" value={studio.email} onChange={(e) => setStudio({ ...studio, email: e.target.value })} />
        <Button type="submit">Create Studio &amp; Continue</Button>
      </form>
    </main>
  )
}
