"use client"

import { useState } from "react"
import { useRouter } from "next/navigation"
import { Button } from "@/components/ui/button"

type Item = { id: string; title: string; rate: number }

const ITEMS: Item[] = [
  { id: "tent", title: "Garden marquee", rate: 180 },
  { id: "chairs", title: "Folding chairs (10)", rate: 25 },
]

export default function ReservePage() {
  const router = useRouter()
  const [stage, setStage] = useState(1)
  const [partyDay, setPartyDay] = useState("")
  const [venue, setVenue] = useState("")
  const [picked, setPicked] = useState<Record<string, number>>({})

  const sumUp = () => {
    return Object.entries(picked).reduce((sum, [id, count]) => {
      const item = ITEMS.find((i) => i.id === id)
      return sum + (item?.rate || 0) * count
    }, 0)
  }

  const sendRequest = async () => {
    const res = await fetch("/api/hires", {
      method: "POST",
      body: JSON.stringify({ partyDay, venue, lines: picked, amount: sumUp() }),
    })
    const saved = await res.json()
    router.push(`/reserve/done?id=${saved.id}`)
  }

  return (
    <main>
      <h1>Hire party gear</h1>
      {stage === 1 && (
        <section>
          <h2>Your party</h2>
          <label htmlFor="partyDay">Party day</label>
          <input id="partyDay" type="date" value={partyDay} onChange={(e) => setPartyDay(e.target.value)} />
          <label htmlFor="venue">Venue address</label>
          <input id="venue" value={venue} onChange={(e) => setVenue(e.target.value)} />
          <Button onClick={() => setStage(2)}>Next</Button>
        </section>
      )}
      {stage === 2 && (
        <section>
          <h2>Check your hire</h2>
          {Object.entries(picked).map(([id, count]) => (
            <p key={id}>
              {ITEMS.find((i) => i.id === id)?.title} x {count}
            </p>
          ))}
          <p>Sum due: £{sumUp()}</p>
          <Button onClick={sendRequest}>Proceed to Payment</Button>
        </section>
      )}
    </main>
  )
}
