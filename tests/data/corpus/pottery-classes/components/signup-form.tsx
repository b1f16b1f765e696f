"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card"
import { Checkbox } from "@/components/ui/checkbox"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { useToast } from "@/components/ui/use-toast"
import { weeklyClasses } from "./timetable"

export function SignupForm() {
  const { toast } = useToast()
  const [submitting, setSubmitting] = useState(false)

  const handleSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setSubmitting(true)
    const data = Object.fromEntries(new FormData(e.currentTarget))
    console.log("Class signup", data)
    // TODO: connect to the studio's booking system
    await new Promise((resolve) => setTimeout(resolve, 800))
    toast({ title: "See you at the wheel!", description: "We've saved your spot." })
    setSubmitting(false)
  }

  return (
    <Card className="max-w-lg">
      <CardHeader>
        <CardTitle>Sign up for a class</CardTitle>
        <CardDescription>Reserve your spot. Pay at the studio on your first visit.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={handleSubmit} className="space-y-4">
          <div className="grid grid-cols-2 gap-4">
            <div className="space-y-2">
              <Label htmlFor="firstName">First name</Label>
              <Input id="firstName" name="firstName" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="lastName">Last name</Label>
              <Input id="lastName" name="lastName" required />
            </div>
          </div>
          <div className="space-y-2">
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" required />
          </div>
          <div className="space-y-2">
            <Label htmlFor="class">Class</Label>
            <Select name="class" required>
              <SelectTrigger id="class">
                <SelectValue placeholder="Pick a class" />
              </SelectTrigger>
              <SelectContent>
                {weeklyClasses.map((c) => (
                  <SelectItem key={c.id} value={c.id}>
                    {c.name} — {c.day}s {c.time}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="space-y-2">
            <Label>Experience</Label>
            <RadioGroup name="experience" defaultValue="none">
              <div className="flex items-center space-x-2">
                <RadioGroupItem value="none" id="exp-none" />
                <Label htmlFor="exp-none">Never touched clay</Label>
              </div>
              <div className="flex items-center space-x-2">
                <RadioGroupItem value="some" id="exp-some" />
                <Label htmlFor="exp-some">A few classes</Label>
              </div>
              <div className="flex items-center space-x-2">
                <RadioGroupItem value="regular" id="exp-regular" />
                <Label htmlFor="exp-regular">I throw regularly</Label>
              </div>
            </RadioGroup>
          </div>
          <div className="flex items-center space-x-2">
            <Checkbox id="waiver" name="waiver" required />
            <Label htmlFor="waiver" className="text-sm">I accept the studio safety waiver</Label>
          </div>
          <Button type="submit" className="w-full" disabled={submitting}>
            {submitting ? "Saving…" : "Reserve my spot"}
          </Button>
        </form>
      </CardContent>
    </Card>
  )
}
