"use client"

import { useState } from "react"
import { useFormStatus } from "react-dom"
import { registerForConcert } from "@/app/actions"
import { Button } from "@/components/ui/button"
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

function SubmitButton() {
  const { pending } = useFormStatus()
  return (
    <Button type="submit" disabled={pending}>
      {pending ? "Registering…" : "Reserve my spot"}
    </Button>
  )
}

export function RegisterDialog({ concertSlug, concertTitle }: { concertSlug: string; concertTitle: string }) {
  const [open, setOpen] = useState(false)

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button className="w-full bg-amber-400 text-zinc-950 hover:bg-amber-300">Register free</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Register for {concertTitle}</DialogTitle>
          <DialogDescription>Entry is free but seats are limited. We&apos;ll email your confirmation.</DialogDescription>
        </DialogHeader>
        <form
          action={async (formData) => {
            await registerForConcert(formData)
            setOpen(false)
          }}
          className="space-y-4"
        >
          <input type="hidden" name="concertSlug" value={concertSlug} />
          <div className="space-y-2">
            <Label htmlFor="name">Full name</Label>
            <Input id="name" name="name" required />
          </div>
          <div className="space-y-2">
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" required />
          </div>
          <div className="space-y-2">
            <Label htmlFor="guests">Number of guests</Label>
            <Select name="guests" defaultValue="1">
              <SelectTrigger id="guests">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="1">Just me</SelectItem>
                <SelectItem value="2">2 people</SelectItem>
                <SelectItem value="3">3 people</SelectItem>
                <SelectItem value="4">4 people</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <DialogFooter>
            <SubmitButton />
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
