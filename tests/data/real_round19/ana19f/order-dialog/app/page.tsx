"use client"
import { useState } from "react"
import { Button } from "@/components/ui/button"
import { CakeOrderDialog } from "@/components/cake-order-dialog"

export default function Home() {
  const [open, setOpen] = useState(false)
  return (
    <main>
      <h1>Wedding cakes to your design</h1>
      <Button onClick={() => setOpen(true)}>Design my cake</Button>
      <CakeOrderDialog open={open} onOpenChange={setOpen} />
    </main>
  )
}
