"use client"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Button } from "@/components/ui/button"

export function CoursesAdmin({ selected }: { selected?: { title: string; level: string; seats: number } }) {
  const add = (e: React.FormEvent) => { e.preventDefault() }
  const edit = (e: React.FormEvent) => { e.preventDefault() }
  return (
    <div>
      <Dialog>
        <DialogContent>
          <DialogHeader><DialogTitle>Nieuwe cursus toevoegen</DialogTitle></DialogHeader>
          <form onSubmit={add}>
            <Label htmlFor="title">Titel</Label><Input id="title" />
            <Label htmlFor="level">Niveau</Label><Input id="level" />
            <Label htmlFor="seats">Plaatsen</Label><Input id="seats" type="number" />
            <Button type="submit">Toevoegen</Button>
          </form>
        </DialogContent>
      </Dialog>
      <Dialog>
        <DialogContent>
          <DialogHeader><DialogTitle>Cursus bewerken</DialogTitle></DialogHeader>
          <form onSubmit={edit}>
            <Label htmlFor="edit-title">Titel</Label><Input id="edit-title" defaultValue={selected?.title} />
            <Label htmlFor="edit-level">Niveau</Label><Input id="edit-level" defaultValue={selected?.level} />
            <Label htmlFor="edit-seats">Plaatsen</Label><Input id="edit-seats" type="number" defaultValue={selected?.seats} />
            <Button type="submit">Opslaan</Button>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  )
}
