export type Language = "pl" | "en"

export const translations = {
  pl: {
    plansTitle: "Cennik",
    basicPlan: "Podstawowy",
    basicPrice: "49 zł/mies.",
    proPlan: "Zespołowy",
    proPrice: "129 zł/mies.",
  },
  en: {
    plansTitle: "Pricing",
    basicPlan: "Basic",
    basicPrice: "49 PLN/mo",
    proPlan: "Team",
    proPrice: "129 PLN/mo",
  },
}

export function getTranslation(lang: Language) {
  return translations[lang]
}
