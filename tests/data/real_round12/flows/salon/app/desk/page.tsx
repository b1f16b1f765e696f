"use client"

import { db } from "@/lib/db"

export default function DeskPage({ visits }: { visits: { id: string; name: string }[] }) {
  async function finish(id: string) {
    await db.from("visits").update({ status: "done" }).eq("id", id)
    await fetch("/api/notify-status", {
      method: "POST",
      body: JSON.stringify({ visitId: id, status: "done" }),
    })
  }

  return (
    <main>
      <h1>Today</h1>
      {visits.map((v) => (
        <div key={v.id}>
          {v.name}
          <button onClick={() => finish(v.id)}>Mark done</button>
        </div>
      ))}
    </main>
  )
}
