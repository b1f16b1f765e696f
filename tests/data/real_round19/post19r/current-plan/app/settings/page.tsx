"use client"

import { useState } from "react"

// a SaaS's billing settings: the account is on "team"; the other two plans are offered to switch
export default function BillingSettings() {
  const [currentTier, setCurrentTier] = useState("team")
  const tiers = [
    { id: "solo", name: "Solo", price: "$12" },
    { id: "team", name: "Team", price: "$49" },
    { id: "scale", name: "Scale", price: "$149" },
  ]
  return (
    <section>
      <h2>Your plan</h2>
      {tiers.map((tier) => (
        <div key={tier.id} className={currentTier === tier.id ? "border-primary" : ""}>
          <h3>{tier.name}</h3>
          <span>{tier.price}</span>
          <button onClick={() => setCurrentTier(tier.id)}>
            {currentTier === tier.id ? "Current plan" : "Switch"}
          </button>
        </div>
      ))}
    </section>
  )
}
