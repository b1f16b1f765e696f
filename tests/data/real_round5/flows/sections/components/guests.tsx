"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"

// a section of the quote form: rows added to a list, plus a dialog registering a new company
export function Guests({ onChange }: { onChange: (g: { name: string; mail: string }[]) => void }) {
  const [rows, setRows] = useState<{ name: string; mail: string }[]>([])
  const [name, setName] = useState("")
  const [mail, setMail] = useState("")
  const [company, setCompany] = useState("")
  const [companyMail, setCompanyMail] = useState("")

  const addRow = () => {
    const next = [...rows, { name, mail }]
    setRows(next)
    onChange(next)
  }

  return (
    <>
      <div>
        <h3>Gasten</h3>
      <Input id="guest-name" value={name} onChange={(e) => setName(e.target.value)} />
      <Input id="guest-mail" type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
        <Button onClick={addRow}>Gast toevoegen</Button>
      </div>
      <Dialog>
        <DialogContent>
          <DialogTitle>Nieuw bedrijf</DialogTitle>
          <Input id="company" value={company} onChange={(e) => setCompany(e.target.value)} />
          <Input id="company-mail" type="email" value={companyMail} onChange={(e) => setCompanyMail(e.target.value)} />
          <Button onClick={() => console.log(company, companyMail)}>Opslaan</Button>
        </DialogContent>
      </Dialog>
    </>
  )
}
