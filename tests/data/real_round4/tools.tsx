"use client"
import { useState } from "react"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Textarea } from "@/components/ui/textarea"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export function RoutineTools() {
  const [pasted, setPasted] = useState("")
  const [reason, setReason] = useState("")
  const [note, setNote] = useState("")
  const [place, setPlace] = useState("")
  const photo = (e: React.ChangeEvent<HTMLInputElement>) => console.log(e.target.files)
  return (
    <div>
      <Dialog>
        <DialogContent>
          <DialogHeader><DialogTitle>Importar rutinas</DialogTitle></DialogHeader>
          <Textarea id="routines-text" value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <Button onClick={() => console.log(pasted)}>Importar</Button>
        </DialogContent>
      </Dialog>
      <section>
        <h3>Fotos de progreso</h3>
        <input type="file" accept="image/*" onChange={photo} />
        <Button>Subir foto</Button>
      </section>
      <Dialog>
        <DialogContent>
          <DialogHeader><DialogTitle>Annuler le cours</DialogTitle></DialogHeader>
          <RadioGroup value={reason} onValueChange={setReason}>
            <RadioGroupItem value="ill" id="ill" />
            <RadioGroupItem value="travel" id="travel" />
          </RadioGroup>
          <Textarea id="details" value={note} onChange={(e) => setNote(e.target.value)} />
          <Button onClick={() => console.log(reason, note)}>Confirmer</Button>
        </DialogContent>
      </Dialog>
      <section>
        <h3>Request #12</h3>
        <div>
          <Textarea id="approval-notes" value={note} onChange={(e) => setNote(e.target.value)} />
          <Textarea id="refusal-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button onClick={() => console.log("ok", note)}>Approve request</Button>
          <Button onClick={() => console.log("no", reason)}>Reject request</Button>
        </div>
      </section>
      <section>
        <h3>Last-minute trips</h3>
        <div>
          <Input placeholder="Destination" value={place} onChange={(e) => setPlace(e.target.value)} />
          <select><option>Today</option><option>This week</option></select>
          <Button>Find trips</Button>
        </div>
      </section>
    </div>
  )
}
