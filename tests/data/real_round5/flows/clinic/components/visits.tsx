"use client"

import { createClient } from "@/lib/db"
import { VisitCard } from "./visit-card"

const db = createClient()

// both actions mail the patient through a function that runs on the database's server
export function Visits({ visitId }: { visitId: string }) {
  const cancelVisit = async () => {
    await db.from("visits").update({ status: "cancelled" }).eq("id", visitId)
    await db.functions.invoke("send-visit-email", { body: { visitId, action: "cancelled" } })
  }

  const moveVisit = async () => {
    await db.from("visits").update({ status: "moved" }).eq("id", visitId)
    await db.functions.invoke("send-visit-email", { body: { visitId, action: "moved" } })
  }

  return (
    <section>
      <h2>Ihre Termine</h2>
      <VisitCard onCancel={cancelVisit} onMove={moveVisit} />
    </section>
  )
}
