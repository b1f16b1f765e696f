import { en } from "./en"
import { fr } from "./fr"

export const translations = { fr, en }
export type Lang = keyof typeof translations
