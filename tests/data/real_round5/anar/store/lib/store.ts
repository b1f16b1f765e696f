import { create } from "zustand"
import { piata } from "./menu"

export const useMenu = create(() => ({ items: piata }))
