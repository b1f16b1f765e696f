"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

export default function MePage() {
  const [me, setMe] = useState({ fullName: "", email: "" })
  return (
    <main>
      <h1>Create your profile</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <Input placeholder="Full name" value={me.fullName} onChange={(e) => setMe({ ...me, fullName: e.target.value })} />
        <Input type="email" placeholder="Email" value={me.email} onChange={(e) => setMe({ ...me, email: e.target.value })} />
        <Button type="submit">Save</Button>
      </form>
    </main>
  )
}
