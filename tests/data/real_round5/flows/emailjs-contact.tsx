"use client"

import { useRef } from "react"
import emailjs from "@emailjs/browser"

// a contact form mailed from the browser through EmailJS: no server of the app is involved
export function Contato() {
  const form = useRef<HTMLFormElement>(null)
  const enviar = async (e: React.FormEvent) => {
    e.preventDefault()
    if (form.current) await emailjs.sendForm("service_x", "template_y", form.current, "key")
  }
  return (
    <form ref={form} onSubmit={enviar}>
      <h2>Fale conosco</h2>
      <input name="nome" />
      <input name="email" type="email" />
      <textarea name="mensagem" />
      <button type="submit">Enviar</button>
    </form>
  )
}
