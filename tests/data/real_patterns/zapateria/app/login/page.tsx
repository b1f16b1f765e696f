"use client"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export default function Acceso() {
  return (
    <form>
      <h1>Iniciar sesión</h1>
      <Input name="correo" type="email" />
      <Input name="clave" type="password" />
      <Button type="submit">Entrar</Button>
    </form>
  )
}
