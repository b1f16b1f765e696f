"use client"

import { useState } from "react"
import { format } from "date-fns"
import { Button } from "@/components/ui/button"
import { Calendar } from "@/components/ui/calendar"
import { Checkbox } from "@/components/ui/checkbox"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { doctors, slots } from "@/lib/doctors"
import { bookAppointment } from "./actions"

export default function BookPage() {
  const [doctorId, setDoctorId] = useState(doctors[0].id)
  const [date, setDate] = useState<Date>()
  const [time, setTime] = useState<string>()
  const [patientName, setPatientName] = useState("")
  const [phone, setPhone] = useState("")
  const [insured, setInsured] = useState(true)
  const [confirmation, setConfirmation] = useState<string | null>(null)

  async function confirm() {
    if (!date || !time) return
    const id = await bookAppointment({ doctorId, date: format(date, "yyyy-MM-dd"), time, patientName, phone, insured })
    setConfirmation(id)
  }

  return (
    <div className="mx-auto max-w-3xl space-y-8 p-8">
      <h1 className="text-3xl font-semibold">Book a visit</h1>
      <div className="grid gap-8 md:grid-cols-2">
        <div className="space-y-4">
          <div className="space-y-2">
            <Label htmlFor="doctor">Doctor</Label>
            <Select value={doctorId} onValueChange={setDoctorId}>
              <SelectTrigger id="doctor"><SelectValue /></SelectTrigger>
              <SelectContent>
                {doctors.map((d) => (
                  <SelectItem key={d.id} value={d.id}>{d.name} · {d.specialty}</SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <Calendar mode="single" selected={date} onSelect={setDate} disabled={(d) => d.getDay() === 0 || d.getDay() === 6} />
        </div>
        <div className="space-y-4">
          <div>
            <Label>Available times</Label>
            <div className="mt-2 grid grid-cols-3 gap-2">
              {slots.map((s) => (
                <Button key={s} size="sm" variant={time === s ? "default" : "outline"} onClick={() => setTime(s)}>{s}</Button>
              ))}
            </div>
          </div>
          <div className="space-y-2">
            <Label htmlFor="patientName">Patient name</Label>
            <Input id="patientName" value={patientName} onChange={(e) => setPatientName(e.target.value)} />
          </div>
          <div className="space-y-2">
            <Label htmlFor="phone">Mobile (for reminders)</Label>
            <Input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
          </div>
          <div className="flex items-center gap-2">
            <Checkbox id="insured" checked={insured} onCheckedChange={(v) => setInsured(v === true)} />
            <Label htmlFor="insured">I have public health insurance</Label>
          </div>
          <Button className="w-full" onClick={confirm} disabled={!date || !time}>Confirm appointment</Button>
          {confirmation && <p className="text-sm text-green-700">Booked! Reference {confirmation}.</p>}
        </div>
      </div>
    </div>
  )
}
