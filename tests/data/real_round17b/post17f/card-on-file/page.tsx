"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Dialog, DialogContent, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog"

export default function PlanPage() {
  const [isNewCardOpen, setIsNewCardOpen] = useState(false)

  return (
    <div>
      <h1>Your plan</h1>
      <p>Gym Plus, renews on the 1st</p>
      <Dialog open={isNewCardOpen} onOpenChange={setIsNewCardOpen}>
        <DialogTrigger asChild>
          <Button>New card</Button>
        </DialogTrigger>
        <DialogContent>
          <DialogTitle>Card for future charges</DialogTitle>
          <Label htmlFor="cardNumber">Card number</Label>
          <Input id="cardNumber" placeholder="0000 0000 0000 0000" />
          <Label htmlFor="expiry">Expiry</Label>
          <Input id="expiry" placeholder="MM/YY" />
          <Label htmlFor="cvc">CVC</Label>
          <Input id="cvc" placeholder="CVC" />
          <DialogFooter>
            <Button variant="outline" onClick={() => setIsNewCardOpen(false)}>
              Cancel
            </Button>
            <Button onClick={() => setIsNewCardOpen(false)}>Add card</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  )
}
