import raw from "@/data/plans.fr.json"

export type Plan = { id: string; supplier: string; planName: string; pricePerKwh: number; monthlyFee: number }

export const plans: Plan[] = raw as Plan[]
