"use client"

import { useState } from "react"
import { requestReview } from "@/app/actions"

export function ReviewDialog() {
  const [email, setEmail] = useState("")
  const [site, setSite] = useState("")

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault()
    await requestReview({ email, site })
  }

  return (
    <form onSubmit={onSubmit}>
      <h2>Free site review</h2>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="url" value={site} onChange={(e) => setSite(e.target.value)} />
      <button type="submit">Request my review</button>
    </form>
  )
}
