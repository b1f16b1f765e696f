"use client"

import { useEffect, useState } from "react"
import { getHappenings, type Happening } from "@/lib/events"

export default function AfishaPage() {
  const [items, setItems] = useState<Happening[]>([])

  useEffect(() => {
    const run = async () => setItems(await getHappenings())
    run()
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-4xl font-bold">Все мероприятия</h1>
      <ul className="space-y-4">
        {items.map((item) => (
          <li key={item.id} className="rounded border p-4">
            <strong>{item.title}</strong> · {item.venue}
          </li>
        ))}
      </ul>
    </main>
  )
}
