"use client"

import { useState } from "react"
import { useForm } from "react-hook-form"
import { rsvp } from "@/app/actions"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

type Values = { name: string; email: string; company?: string }

export function RsvpForm({ webinarId }: { webinarId: string }) {
  const [done, setDone] = useState(false)
  const { register, handleSubmit, formState } = useForm<Values>()

  const onSubmit = async (values: Values) => {
    await rsvp({ webinarId, ...values })
    setDone(true)
  }

  if (done) return <p className="text-sm text-emerald-600">You&apos;re in — check your calendar.</p>

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor={`name-${webinarId}`}>Name</Label>
        <Input id={`name-${webinarId}`} {...register("name", { required: true })} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`email-${webinarId}`}>Work email</Label>
        <Input id={`email-${webinarId}`} type="email" {...register("email", { required: true })} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`company-${webinarId}`}>Company (optional)</Label>
        <Input id={`company-${webinarId}`} {...register("company")} />
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>Save my seat</Button>
    </form>
  )
}
