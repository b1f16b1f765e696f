"use client"

import { useState } from "react"
import { Loader2, Minus, Plus } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { Separator } from "@/components/ui/separator"
import { useToast } from "@/components/ui/use-toast"
import type { Event } from "@/lib/events"
import { formatPrice } from "@/lib/utils"

const SERVICE_FEE_RATE = 0.12
const MAX_TICKETS = 8

export function TicketSelector({ event }: { event: Event }) {
  const [quantity, setQuantity] = useState(1)
  const [loading, setLoading] = useState(false)
  const { toast } = useToast()

  const subtotal = event.price * quantity
  const fees = subtotal * SERVICE_FEE_RATE
  const total = subtotal + fees
  const maxQuantity = Math.min(MAX_TICKETS, event.ticketsLeft)

  async function handleCheckout() {
    setLoading(true)
    try {
      const res = await fetch("/api/checkout", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ eventId: event.id, quantity }),
      })
      if (!res.ok) throw new Error("Checkout failed")
      const { url } = await res.json()
      window.location.href = url
    } catch {
      toast({
        title: "Something went wrong",
        description: "We couldn't start your checkout. Please try again.",
        variant: "destructive",
      })
      setLoading(false)
    }
  }

  return (
    <Card className="h-fit lg:sticky lg:top-24">
      <CardHeader>
        <CardTitle>Get Tickets</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="flex items-center justify-between">
          <div>
            <p className="font-medium">Tickets</p>
            <p className="text-sm text-muted-foreground">{formatPrice(event.price)} each</p>
          </div>
          <div className="flex items-center gap-2">
            <Button
              variant="outline"
              size="icon"
              className="h-8 w-8"
              onClick={() => setQuantity((q) => Math.max(1, q - 1))}
              disabled={quantity <= 1}
            >
              <Minus className="h-4 w-4" />
            </Button>
            <span className="w-8 text-center font-medium">{quantity}</span>
            <Button
              variant="outline"
              size="icon"
              className="h-8 w-8"
              onClick={() => setQuantity((q) => Math.min(maxQuantity, q + 1))}
              disabled={quantity >= maxQuantity}
            >
              <Plus className="h-4 w-4" />
            </Button>
          </div>
        </div>
        <Separator />
        <div className="space-y-2 text-sm">
          <div className="flex justify-between">
            <span className="text-muted-foreground">Subtotal</span>
            <span>{formatPrice(subtotal)}</span>
          </div>
          <div className="flex justify-between">
            <span className="text-muted-foreground">Service fees</span>
            <span>{formatPrice(fees)}</span>
          </div>
          <Separator />
          <div className="flex justify-between text-base font-semibold">
            <span>Total</span>
            <span>{formatPrice(total)}</span>
          </div>
        </div>
        <p className="text-xs text-muted-foreground">{event.ticketsLeft} tickets remaining</p>
      </CardContent>
      <CardFooter>
        <Button className="w-full" size="lg" onClick={handleCheckout} disabled={loading}>
          {loading ? (
            <>
              <Loader2 className="mr-2 h-4 w-4 animate-spin" />
              Processing...
            </>
          ) : (
            "Checkout"
          )}
        </Button>
      </CardFooter>
    </Card>
  )
}
