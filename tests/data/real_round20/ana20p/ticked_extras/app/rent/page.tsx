"use client"
import { useState } from "react"
import { Checkbox } from "@/components/ui/checkbox"

export default function RentPage() {
  const [picked, setPicked] = useState<Record<string, boolean>>({})
  return (
    <div>
      <h2>Kajak mieten</h2>
      <p>Zubehör pro Tag</p>
      {[
        { id: "vest", name: "Schwimmweste", price: "4 €" },
        { id: "bag", name: "Wasserdichter Sack", price: "3 €" },
        { id: "map", name: "Flusskarte", price: "2 €" },
      ].map((extra) => (
        <label key={extra.id}>
          <Checkbox
            checked={!!picked[extra.id]}
            onCheckedChange={(on) => setPicked({ ...picked, [extra.id]: !!on })}
          />
          <span>{extra.name}</span>
          <span>{extra.price}</span>
        </label>
      ))}
    </div>
  )
}
