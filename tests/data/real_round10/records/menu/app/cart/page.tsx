"use client"

import { Bundles } from "@/components/bundles"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

export default function CartPage({ subtotal }: { subtotal: number }) {
  return (
    <main>
      <Bundles />
      <Card>
        <CardHeader>
          <CardTitle>Your Order</CardTitle>
        </CardHeader>
        <CardContent>
        <div>
          <span>Subtotal</span>
          <span>KSh {subtotal}</span>
        </div>
        <div>
          <span>Delivery fee</span>
          <span>KSh 30</span>
        </div>
        <div>
          <span>Total</span>
          <span>KSh {subtotal + 30}</span>
        </div>
        </CardContent>
      </Card>
    </main>
  )
}
