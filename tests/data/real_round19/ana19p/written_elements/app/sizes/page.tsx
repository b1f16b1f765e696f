"use client"
import { useState } from "react"
import { SizeOption } from "@/components/size-option"

export default function CakePage() {
  const [size, setSize] = useState("s")
  return (
    <main>
      <h1>Carrot cake</h1>
      <SizeOption label="Slice" price="$4" selected={size === "s"} onSelect={() => setSize("s")} />
      <SizeOption label="Half" price="$18" selected={size === "h"} onSelect={() => setSize("h")} />
      <SizeOption label="Whole" price="$32" selected={size === "w"} onSelect={() => setSize("w")} />
    </main>
  )
}
