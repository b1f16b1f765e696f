"use client"

import { useActionState } from "react"
import { joinWaitlist } from "@/app/actions"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

export function WaitlistForm() {
  const [state, action, pending] = useActionState(joinWaitlist, { message: "" })

  return (
    <form action={action} className="mx-auto flex max-w-lg flex-col gap-3 sm:flex-row">
      <Input name="email" type="email" placeholder="you@company.com" required className="flex-1" />
      <Select name="role">
        <SelectTrigger className="sm:w-40"><SelectValue placeholder="I am a…" /></SelectTrigger>
        <SelectContent>
          <SelectItem value="founder">Founder</SelectItem>
          <SelectItem value="engineer">Engineer</SelectItem>
          <SelectItem value="designer">Designer</SelectItem>
        </SelectContent>
      </Select>
      <Button type="submit" disabled={pending}>{pending ? "Joining…" : "Request early access"}</Button>
      {state.message && <p className="w-full text-center text-sm text-muted-foreground">{state.message}</p>}
    </form>
  )
}
