"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { ConsegnaDayPicker } from "./consegna-day-picker"

// a furniture shop reserves a delivery slot: the shop's own day picker, a time window, a phone
export function DeliverySlotRequest() {
  const [day, setDay] = useState<Date | undefined>()
  const [window, setWindow] = useState("morning")
  const [customer, setCustomer] = useState("")
  const [customerPhone, setCustomerPhone] = useState("")

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>La tua consegna</h2>
      <Label>Giorno</Label>
      <ConsegnaDayPicker value={day} onChange={setDay} />
      <Label>Time window</Label>
      <RadioGroup value={window} onValueChange={setWindow} name="time_window">
        <RadioGroupItem value="morning" />
        <RadioGroupItem value="afternoon" />
      </RadioGroup>
      <Input id="customer" value={customer} onChange={(e) => setCustomer(e.target.value)} />
      <Input id="customerPhone" value={customerPhone} onChange={(e) => setCustomerPhone(e.target.value)} />
      <Button type="submit">Invia</Button>
    </form>
  )
}

// the same delivery opened later: its values turn into inputs while editing is on
export function DeliveryDetails({ delivery }: { delivery: { day: Date; customer: string; customerPhone: string } }) {
  const [isEditing, setIsEditing] = useState(false)
  const [day, setDay] = useState(delivery.day)
  const [customer, setCustomer] = useState(delivery.customer)
  const [customerPhone, setCustomerPhone] = useState(delivery.customerPhone)
  const [window, setWindow] = useState("morning")

  return (
    <div>
      <h2>Dettagli consegna</h2>
      {isEditing ? (
        <ConsegnaDayPicker value={day} onChange={setDay} />
      ) : (
        <p>{day.toDateString()}</p>
      )}
      {isEditing ? <Input value={customer} onChange={(e) => setCustomer(e.target.value)} /> : <p>{customer}</p>}
      {isEditing && <Input id="customerPhone" value={customerPhone} onChange={(e) => setCustomerPhone(e.target.value)} />}
      {isEditing && (
        <RadioGroup value={window} onValueChange={setWindow} name="time_window">
          <RadioGroupItem value="morning" />
        </RadioGroup>
      )}
      <Button onClick={() => setIsEditing(!isEditing)}>Salva</Button>
    </div>
  )
}
