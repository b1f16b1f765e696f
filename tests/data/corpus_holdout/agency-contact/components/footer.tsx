"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

export function Footer() {
  const [email, setEmail] = useState("")
  const [joined, setJoined] = useState(false)

  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-6 py-10 md:flex-row md:items-center md:justify-between">
        <p className="text-sm text-muted-foreground">© 2025 Studio Nord · Copenhagen</p>
        <div className="flex w-full max-w-sm gap-2">
          {joined ? (
            <p className="text-sm">You&apos;re on the list.</p>
          ) : (
            <>
              <Input type="email" placeholder="Our monthly notes, by email" value={email} onChange={(e) => setEmail(e.target.value)} />
              <Button
                variant="secondary"
                onClick={async () => {
                  await fetch("/api/contact", { method: "POST", body: JSON.stringify({ email, newsletter: true }) })
                  setJoined(true)
                }}
              >
                Join
              </Button>
            </>
          )}
        </div>
      </div>
    </footer>
  )
}
