"use client"

import type { FittingPicks } from "./fitting-wizard"

// the picks arrive from the wizard; the click below stores the fitting
export function LastStep({ picks }: { picks: FittingPicks }) {
  const send = async () => {
    await fetch("/api/appointments", { method: "POST", body: JSON.stringify(picks) })
  }

  return (
    <div>
      <h3>Summary</h3>
      <p>{picks.garment}, {picks.day} {picks.hour}</p>
      <button onClick={send}>Confirm</button>
    </div>
  )
}
