"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

const BOWLS = ["Shoyu", "Miso", "Vegan tantan"]

export function PreOrder() {
  const [bowl, setBowl] = useState("")
  const [extraEgg, setExtraEgg] = useState(false)
  return (
    <section>
      <h2>Pre-order tomorrow's lunch</h2>
      {BOWLS.map((b) => (
        <label key={b}>
          <input type="radio" name="bowl" value={b} checked={bowl === b} onChange={() => setBowl(b)} />
          {b}
        </label>
      ))}
      <label>
        <input type="checkbox" name="extraEgg" checked={extraEgg} onChange={(e) => setExtraEgg(e.target.checked)} />
        Extra egg
      </label>
      <Button onClick={() => fetch("/api/pre-orders", { method: "POST", body: JSON.stringify({ bowl, extraEgg }) })}>
        Submit order
      </Button>
    </section>
  )
}
