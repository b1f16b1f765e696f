import { PlanCard } from "@/components/plan-card"
import { getTranslation } from "@/lib/i18n"

export default function Page() {
  const t = getTranslation("pl")
  return (
    <section>
      <h2>{t.plansTitle}</h2>
      <div className="grid grid-cols-2 gap-6">
        <PlanCard title={t.basicPlan} price={t.basicPrice} features={["CRM", "Chat"]} />
        <PlanCard title={t.proPlan} price={t.proPrice} features={["CRM", "Chat", "API"]} />
      </div>
    </section>
  )
}
