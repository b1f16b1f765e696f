"use client"

import { useEffect, useState } from "react"
import { Dialog, DialogContent, DialogTitle, DialogTrigger } from "@/components/ui/dialog"

type Insurer = { id: string; name: string; contactEmail: string; contactPhone: string }

export default function InsurersPage() {
  const [insurers, setInsurers] = useState<Insurer[]>([])

  useEffect(() => {
    fetch("/api/insurers")
      .then((r) => r.json())
      .then(setInsurers)
  }, [])

  return (
    <div>
      <h1>Partner insurers</h1>
      <Dialog>
        <DialogTrigger>Add</DialogTrigger>
        <DialogContent>
          <DialogTitle>Add insurer</DialogTitle>
          <input name="name" />
        </DialogContent>
      </Dialog>
      <ul>
        {insurers.map((insurer) => (
          <li key={insurer.id}>
            {insurer.name} · {insurer.contactEmail} · {insurer.contactPhone}
          </li>
        ))}
      </ul>
    </div>
  )
}
