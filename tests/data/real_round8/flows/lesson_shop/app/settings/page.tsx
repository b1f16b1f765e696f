"use client"

import { useState } from "react"

export default function SettingsPage() {
  const [linked, setLinked] = useState(false)
  return (
    <main>
      <h1>School settings</h1>
      <p>{linked ? "Payouts are on" : "Link an account to receive fees"}</p>
      <button className="primary">Connect Stripe</button>
      <button onClick={() => setLinked(false)}>Unlink</button>
    </main>
  )
}
