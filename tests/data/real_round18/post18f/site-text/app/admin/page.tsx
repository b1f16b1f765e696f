"use client"

import { useEffect, useState } from "react"
import { loadSite, saveStudioContent, type StudioContent } from "@/lib/site-store"

export default function StudioTextPage() {
  const [studioContent, setStudioContent] = useState<StudioContent | null>(null)

  useEffect(() => {
    setStudioContent(loadSite().studio)
  }, [])

  if (!studioContent) return null

  return (
    <section>
      <h2>Studio details</h2>
      <label htmlFor="street">Street address</label>
      <input
        id="street"
        value={studioContent.street}
        onChange={(e) => setStudioContent({ ...studioContent, street: e.target.value })}
      />
      <label htmlFor="desk-email">Front desk e-mail</label>
      <input
        id="desk-email"
        type="email"
        value={studioContent.deskEmail}
        onChange={(e) => setStudioContent({ ...studioContent, deskEmail: e.target.value })}
      />
      <label htmlFor="desk-phone">Front desk phone</label>
      <input
        id="desk-phone"
        type="tel"
        value={String(studioContent["deskPhone"] ?? "")}
        onChange={(e) => setStudioContent({ ...studioContent, deskPhone: e.target.value })}
      />
      <label htmlFor="hours">Opening hours</label>
      <textarea
        id="hours"
        value={studioContent.hours}
        onChange={(e) => setStudioContent({ ...studioContent, hours: e.target.value })}
      />
      <button onClick={() => saveStudioContent(studioContent)}>Save</button>
    </section>
  )
}
