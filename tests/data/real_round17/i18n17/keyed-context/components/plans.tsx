"use client"

import { useLanguage } from "@/context/language-context"
import { extras, plans } from "@/lib/plans"

export function Plans() {
  const { language } = useLanguage()
  const t = (key: string) => key
  return (
    <section>
      {plans.map((plan) => (
        <div key={plan.id}>
          <h3>{t(plan.nameKey)}</h3>
          <p>{plan.price} € / mes</p>
          <button>Suscribirme</button>
        </div>
      ))}
      {extras.map((extra) => (
        <div key={extra.id}>
          <h3>{language === "en" ? extra.titleEn : extra.titleEs}</h3>
          <p>{extra.price} €</p>
          <button>Añadir</button>
        </div>
      ))}
    </section>
  )
}
