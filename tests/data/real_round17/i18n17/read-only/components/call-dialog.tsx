"use client"

import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

const PHONE = "+48 22 123 45 67"

export function CallDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const [copied, setCopied] = useState(false)

  const copy = async () => {
    await navigator.clipboard.writeText(PHONE)
    setCopied(true)
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Zadzwoń do nas</DialogTitle>
        </DialogHeader>
        <div className="space-y-2">
          <label className="text-sm">Telefon</label>
          <div className="flex gap-2">
            <Input type="tel" value={PHONE} readOnly />
            <Button type="button" onClick={copy}>
              {copied ? "Skopiowano" : "Kopiuj"}
            </Button>
          </div>
        </div>
        <Button type="button" onClick={() => window.open(`https://wa.me/${PHONE}`, "_blank")}>
          WhatsApp
        </Button>
      </DialogContent>
    </Dialog>
  )
}
