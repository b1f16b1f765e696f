"use client"
import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

export function CakeOrderDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const [tiers, setTiers] = useState("2")

  const handleDone = () => {
    console.log("cake ordered", tiers)
    onOpenChange(false)
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Order a Tiered Cake</DialogTitle>
        </DialogHeader>
        <Label htmlFor="tiers">Tiers</Label>
        <Input id="tiers" type="number" value={tiers} onChange={(e) => setTiers(e.target.value)} />
        <Label htmlFor="flavour">Flavour</Label>
        <Input id="flavour" placeholder="Lemon and elderflower" />
        <div>
          <p>Sponge layers: $60.00</p>
          <p>Decoration: $25.00</p>
          <p>Total: $85.00</p>
        </div>
        <Button onClick={handleDone}>Confirm Order</Button>
      </DialogContent>
    </Dialog>
  )
}
