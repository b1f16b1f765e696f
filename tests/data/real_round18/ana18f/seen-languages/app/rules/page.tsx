"use client"

import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"

export default function RulesPage() {
  return (
    <div>
      <h1>Автоматизация</h1>
      <section>
        <h2>Создать автоматическое напоминание</h2>
        <Input placeholder="Название правила" />
        <Textarea placeholder="Текст напоминания" />
        <Button>Создать правило</Button>
      </section>
    </div>
  )
}
