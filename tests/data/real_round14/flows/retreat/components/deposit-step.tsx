"use client"

import { useState } from "react"

const DEPOSIT_PAGES: Record<string, { whole: string; part: string }> = {
  single: { whole: "https://buy.stripe.com/test_single_whole", part: "https://buy.stripe.com/test_single_part" },
  shared: { whole: "https://buy.stripe.com/test_shared_whole", part: "https://buy.stripe.com/test_shared_part" },
}

function depositPage(room: string, share: string): string {
  const pages = DEPOSIT_PAGES[room]
  return share === "whole" ? pages.whole : pages.part
}

export function DepositStep({ email }: { email: string }) {
  const [share, setShare] = useState("whole")
  const rooms = ["single", "shared"]
  return (
    <div>
      <h3>Settle your deposit</h3>
      <select value={share} onChange={(e) => setShare(e.target.value)}>
        <option value="whole">Whole amount</option>
        <option value="part">Half now</option>
      </select>
      {rooms.map((room) => {
        const base = depositPage(room, share)
        const target = email ? `${base}?prefilled_email=${encodeURIComponent(email)}` : base
        return (
          <a key={room} href={target} target="_blank" rel="noreferrer">
            {room} room
          </a>
        )
      })}
    </div>
  )
}
