"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

// no word for cart or checkout anywhere: a chosen number of seats, a computed total, a pay button
export function SeatPicker({ seatPrice, onPay }: { seatPrice: number; onPay: (n: number) => void }) {
  const [seats, setSeats] = useState(1)
  const amountDue = seatPrice * seats

  const handlePurchase = () => onPay(seats)

  return (
    <div>
      <h3>Choisir vos places</h3>
      <Button onClick={() => setSeats(seats - 1)}>-</Button>
      <span>{seats}</span>
      <Button onClick={() => setSeats(seats + 1)}>+</Button>
      <p>{amountDue} €</p>
      <Button onClick={handlePurchase}>Purchase</Button>
    </div>
  )
}
