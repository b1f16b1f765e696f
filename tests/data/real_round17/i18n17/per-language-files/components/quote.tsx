"use client"

import { useState } from "react"
import { translations, type Lang } from "@/lib/translations"

export function QuoteSection() {
  const [lang] = useState<Lang>("fr")
  const t = (key: string) => key.split(".").reduce<any>((o, k) => o?.[k], translations[lang])
  const [values, setValues] = useState({ p: "", q: "", r: "" })

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        await fetch("/api/send", { method: "POST", body: JSON.stringify(values) })
      }}
    >
      <h2>{t("quote.title")}</h2>
      <div>
        <label>{t("quote.who")}</label>
        <input value={values.p} onChange={(e) => setValues({ ...values, p: e.target.value })} />
      </div>
      <div>
        <label>{t("quote.mail")}</label>
        <input value={values.q} onChange={(e) => setValues({ ...values, q: e.target.value })} />
      </div>
      <div>
        <label>{t("quote.need")}</label>
        <textarea value={values.r} onChange={(e) => setValues({ ...values, r: e.target.value })} />
      </div>
      <button type="submit">{t("quote.send")}</button>
    </form>
  )
}
