"use client"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export function Boletin() {
  async function alta(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    await fetch("/api/aviso", { method: "POST", body: new FormData(e.currentTarget) })
  }
  return (
    <form onSubmit={alta}>
      <h2>Suscríbete al boletín</h2>
      <Input name="email" type="email" />
      <Button type="submit">Suscribirme</Button>
    </form>
  )
}
