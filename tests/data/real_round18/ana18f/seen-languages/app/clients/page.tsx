"use client"

import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog"

export default function ClientsPage() {
  const save = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    await fetch("/api/clients", { method: "POST", body: new FormData(e.currentTarget) })
  }

  return (
    <div>
      <h1>Клиенты</h1>
      <Dialog>
        <DialogTrigger asChild>
          <Button>Добавить</Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Новая клиентка</DialogTitle>
          </DialogHeader>
          <form onSubmit={save}>
            <Label htmlFor="full_name">Имя</Label>
            <Input id="full_name" name="full_name" required />
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" />
            <Label htmlFor="phone">Телефон</Label>
            <Input id="phone" name="phone" type="tel" required />
            <Button type="submit">Сохранить</Button>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  )
}
