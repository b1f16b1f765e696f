"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"

export default function SectionPage() {
  const t = useTranslations("Inquiry")
  const [who, setWho] = useState("")
  const [mail, setMail] = useState("")
  const [words, setWords] = useState("")

  async function send(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/send", { method: "POST", body: JSON.stringify({ who, mail, words }) })
  }

  return (
    <section>
      <h2>{t("heading")}</h2>
      <form onSubmit={send}>
        <div>
          <label>{t("a")}</label>
          <input value={who} onChange={(e) => setWho(e.target.value)} />
        </div>
        <div>
          <label>{t("b")}</label>
          <input value={mail} onChange={(e) => setMail(e.target.value)} />
        </div>
        <div>
          <label>{t("c")}</label>
          <textarea value={words} onChange={(e) => setWords(e.target.value)} />
        </div>
        <button type="submit">{t("go")}</button>
      </form>
    </section>
  )
}
