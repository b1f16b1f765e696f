"use client"

import { useFormState } from "react-dom"
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { Textarea } from "@/components/ui/textarea"
import { submitTicket, type TicketState } from "./actions"

const initialState: TicketState = { ok: false }

export default function NewRequestPage() {
  const [state, formAction] = useFormState(submitTicket, initialState)

  return (
    <div className="container max-w-2xl py-12">
      <Card>
        <CardHeader>
          <CardTitle>Submit a support request</CardTitle>
          <CardDescription>Tell us what's going on and we'll get back to you by email.</CardDescription>
        </CardHeader>
        <form action={formAction}>
          <CardContent className="space-y-5">
            {state.ok && (
              <Alert>
                <AlertTitle>Request #{state.ticketId} received</AlertTitle>
                <AlertDescription>We sent a confirmation to your inbox.</AlertDescription>
              </Alert>
            )}
            <div className="space-y-2">
              <Label htmlFor="email">Your email</Label>
              <Input id="email" name="email" type="email" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="subject">Subject</Label>
              <Input id="subject" name="subject" placeholder="Short summary of the issue" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="category">Category</Label>
              <Select name="category" defaultValue="technical">
                <SelectTrigger id="category">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="billing">Billing</SelectItem>
                  <SelectItem value="technical">Technical problem</SelectItem>
                  <SelectItem value="account">Account access</SelectItem>
                  <SelectItem value="feature">Feature request</SelectItem>
                </SelectContent>
              </Select>
            </div>
            <div className="space-y-2">
              <Label>Priority</Label>
              <RadioGroup name="priority" defaultValue="normal" className="flex gap-4">
                <div className="flex items-center space-x-2">
                  <RadioGroupItem value="low" id="p-low" />
                  <Label htmlFor="p-low">Low</Label>
                </div>
                <div className="flex items-center space-x-2">
                  <RadioGroupItem value="normal" id="p-normal" />
                  <Label htmlFor="p-normal">Normal</Label>
                </div>
                <div className="flex items-center space-x-2">
                  <RadioGroupItem value="high" id="p-high" />
                  <Label htmlFor="p-high">High</Label>
                </div>
                <div className="flex items-center space-x-2">
                  <RadioGroupItem value="urgent" id="p-urgent" />
                  <Label htmlFor="p-urgent">Urgent</Label>
                </div>
              </RadioGroup>
            </div>
            <div className="space-y-2">
              <Label htmlFor="description">Description</Label>
              <Textarea
                id="description"
                name="description"
                rows={6}
                placeholder="Steps to reproduce, what you expected, what happened instead…"
                required
              />
            </div>
            {state.error && <p className="text-sm text-red-600">{state.error}</p>}
          </CardContent>
          <CardFooter>
            <Button type="submit" className="w-full">Submit request</Button>
          </CardFooter>
        </form>
      </Card>
    </div>
  )
}
