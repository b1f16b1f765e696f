import { CounterSale } from "@/components/counter-sale"

export default function NewSalePage() {
  return <CounterSale />
}
