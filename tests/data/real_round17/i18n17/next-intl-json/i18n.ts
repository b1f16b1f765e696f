import { getRequestConfig } from "next-intl/server"

export const locales = ["en", "de"] as const
export const defaultLocale = "de"

export default getRequestConfig(async ({ locale }) => ({
  messages: (await import(`./messages/${locale}.json`)).default,
}))
