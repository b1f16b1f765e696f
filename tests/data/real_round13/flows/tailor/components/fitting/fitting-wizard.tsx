"use client"

import { useState } from "react"
import { LastStep } from "./last-step"

export type FittingPicks = { garment: string; day: string; hour: string }

export function FittingWizard() {
  const [picks, setPicks] = useState<FittingPicks>({ garment: "", day: "", hour: "" })
  const [stage, setStage] = useState(0)

  return (
    <div>
      {stage === 0 && (
        <div>
          {["Suit", "Dress", "Coat"].map((g) => (
            <button key={g} onClick={() => { setPicks({ ...picks, garment: g }); setStage(1) }}>
              {g}
            </button>
          ))}
        </div>
      )}
      {stage === 1 && <LastStep picks={picks} />}
    </div>
  )
}
