"use client"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Button } from "@/components/ui/button"

export function CustomersAdmin({ selected }: { selected?: { name: string; address: string; phone: string } }) {
  const add = (e: React.FormEvent) => { e.preventDefault() }
  const edit = (e: React.FormEvent) => { e.preventDefault() }
  return (
    <div>
      <Dialog>
        <DialogContent>
          <DialogHeader><DialogTitle>Yeni Müşteri Ekle</DialogTitle></DialogHeader>
          <form onSubmit={add}>
            <Label htmlFor="name">Ad</Label><Input id="name" />
            <Label htmlFor="address">Adres</Label><Input id="address" />
            <Label htmlFor="phone">Telefon</Label><Input id="phone" type="tel" />
            <Button type="submit">Ekle</Button>
          </form>
        </DialogContent>
      </Dialog>
      <Dialog>
        <DialogContent>
          <DialogHeader><DialogTitle>Müşteri Düzenle</DialogTitle></DialogHeader>
          <form onSubmit={edit}>
            <Label htmlFor="editName">Ad</Label><Input id="editName" defaultValue={selected?.name} />
            <Label htmlFor="editAddress">Adres</Label><Input id="editAddress" defaultValue={selected?.address} />
            <Label htmlFor="editPhone">Telefon</Label><Input id="editPhone" type="tel" defaultValue={selected?.phone} />
            <Button type="submit">Kaydet</Button>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  )
}
