"use client"

import { useState } from "react"
import { ShoppingCart, Trash2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Separator } from "@/components/ui/separator"
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet"
import { useCart } from "@/lib/cart-context"
import { formatPrice } from "@/lib/products"

export function CartSheet() {
  const { lines, removeItem, subtotal } = useCart()
  const [redirecting, setRedirecting] = useState(false)

  const handleCheckout = async () => {
    setRedirecting(true)
    const response = await fetch("/api/checkout", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        items: lines.map((l) => ({ id: l.product.id, size: l.size, quantity: l.quantity })),
      }),
    })
    const { url } = await response.json()
    window.location.href = url
  }

  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button variant="outline" size="icon" className="relative">
          <ShoppingCart className="h-5 w-5" />
          {lines.length > 0 && (
            <span className="absolute -right-1 -top-1 flex h-5 w-5 items-center justify-center rounded-full bg-primary text-xs text-primary-foreground">
              {lines.length}
            </span>
          )}
        </Button>
      </SheetTrigger>
      <SheetContent className="flex flex-col">
        <SheetHeader>
          <SheetTitle>Your cart</SheetTitle>
        </SheetHeader>
        <div className="flex-1 space-y-4 overflow-y-auto py-4">
          {lines.length === 0 && <p className="text-sm text-muted-foreground">Your cart is empty.</p>}
          {lines.map((line) => (
            <div key={line.product.id + line.size} className="flex items-center justify-between">
              <div>
                <p className="font-medium">{line.product.name}</p>
                <p className="text-sm text-muted-foreground">
                  Size {line.size} · Qty {line.quantity}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <span>{formatPrice(line.product.price * line.quantity)}</span>
                <Button variant="ghost" size="icon" onClick={() => removeItem(line.product.id, line.size)}>
                  <Trash2 className="h-4 w-4" />
                </Button>
              </div>
            </div>
          ))}
        </div>
        <Separator />
        <div className="space-y-4 pt-4">
          <div className="flex justify-between font-medium">
            <span>Subtotal</span>
            <span>{formatPrice(subtotal)}</span>
          </div>
          <p className="text-xs text-muted-foreground">Shipping and taxes calculated at checkout.</p>
          <Button className="w-full" size="lg" disabled={lines.length === 0 || redirecting} onClick={handleCheckout}>
            {redirecting ? "Redirecting…" : "Checkout"}
          </Button>
        </div>
      </SheetContent>
    </Sheet>
  )
}
