"use client"

import { useMemo, useState } from "react"
import type { DateRange } from "react-day-picker"
import { differenceInCalendarDays, format } from "date-fns"
import { Button } from "@/components/ui/button"
import { Calendar } from "@/components/ui/calendar"
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { gear } from "@/lib/inventory"
import { PaymentStep } from "./payment-step"

export function RentalRequest() {
  const [sku, setSku] = useState<string>("")
  const [range, setRange] = useState<DateRange | undefined>()
  const [quantity, setQuantity] = useState(1)
  const [handover, setHandover] = useState("pickup")
  const [step, setStep] = useState<"details" | "payment">("details")

  const item = gear.find((g) => g.sku === sku)
  const days = range?.from && range?.to ? differenceInCalendarDays(range.to, range.from) + 1 : 0
  const total = useMemo(() => (item ? item.dailyRate * days * quantity : 0), [item, days, quantity])

  if (step === "payment" && item && range?.from && range?.to) {
    return <PaymentStep sku={item.sku} from={range.from} to={range.to} quantity={quantity} amount={total} />
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Rent equipment</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-2">
        <div className="space-y-4">
          <div className="space-y-2">
            <Label htmlFor="sku">Item</Label>
            <Select value={sku} onValueChange={setSku}>
              <SelectTrigger id="sku">
                <SelectValue placeholder="What do you need?" />
              </SelectTrigger>
              <SelectContent>
                {gear.filter((g) => g.available).map((g) => (
                  <SelectItem key={g.sku} value={g.sku}>
                    {g.name} — ${g.dailyRate}/day
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="space-y-2">
            <Label htmlFor="quantity">Quantity</Label>
            <Input id="quantity" type="number" min={1} max={3} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
          </div>
          <div className="space-y-2">
            <Label>Handover</Label>
            <RadioGroup value={handover} onValueChange={setHandover}>
              <div className="flex items-center gap-2">
                <RadioGroupItem value="pickup" id="pickup" />
                <Label htmlFor="pickup">Pick up at our Brooklyn store</Label>
              </div>
              <div className="flex items-center gap-2">
                <RadioGroupItem value="delivery" id="delivery" />
                <Label htmlFor="delivery">Delivery in NYC (+$25)</Label>
              </div>
            </RadioGroup>
          </div>
        </div>
        <div className="space-y-2">
          <Label>Rental dates</Label>
          <Calendar mode="range" selected={range} onSelect={setRange} numberOfMonths={1} disabled={{ before: new Date() }} />
          {range?.from && range?.to && (
            <p className="text-sm text-muted-foreground">
              {format(range.from, "MMM d")} – {format(range.to, "MMM d")} · {days} days
            </p>
          )}
        </div>
      </CardContent>
      <CardFooter className="flex items-center justify-between">
        <span className="text-lg font-semibold">Total: ${total}</span>
        <Button disabled={!item || days === 0} onClick={() => setStep("payment")}>
          Continue to payment
        </Button>
      </CardFooter>
    </Card>
  )
}
