"use client"

import { useState } from "react"

export default function LakeShopPage() {
  const [sent, setSent] = useState(false)

  async function send(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    await fetch("/api/messages", { method: "POST", body: new FormData(e.currentTarget) })
    setSent(true)
  }

  return (
    <section id="write">
      <h2>Напишіть нам</h2>
      <p>Відповімо протягом дня</p>
      <div className="relative">
        {sent && (
          <div className="absolute inset-0">
            <h3>Дякуємо!</h3>
            <p>Ми зв'яжемося з вами найближчим часом.</p>
          </div>
        )}
        <form onSubmit={send}>
          <input name="name" placeholder="Ваше ім'я" />
          <input name="phone" type="tel" placeholder="Телефон" />
          <textarea name="message" placeholder="Повідомлення" />
          <button type="submit">Надіслати</button>
        </form>
      </div>
    </section>
  )
}
