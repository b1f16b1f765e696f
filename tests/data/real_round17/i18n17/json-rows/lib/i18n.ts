export const locales = ["pl", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "pl"

const dictionaries = {
  pl: () => import("@/dictionaries/pl.json").then((m) => m.default),
  en: () => import("@/dictionaries/en.json").then((m) => m.default),
}

export const getDictionary = async (locale: Locale) => dictionaries[locale]()
