"use client"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Switch } from "@/components/ui/switch"

export default function Assistant() {
  return (
    <div>
      <section>
        <h2>Поведение ассистента</h2>
        <Label htmlFor="pause">Пауза перед ответом (сек)</Label>
        <Input id="pause" type="number" defaultValue={3} />
        <Label htmlFor="limit">Сообщений до передачи менеджеру</Label>
        <Input id="limit" type="number" defaultValue={10} />
        <Switch id="night" />
        <Label htmlFor="night">Отвечать ночью</Label>
        <Button>Сохранить настройки</Button>
      </section>
      <form onSubmit={(e) => e.preventDefault()}>
        <h2>Новый клиент</h2>
        <Label htmlFor="fio">ФИО</Label>
        <Input id="fio" />
        <Label htmlFor="tel">Телефон</Label>
        <Input id="tel" type="tel" />
        <Button type="submit">Добавить</Button>
      </form>
    </div>
  )
}
