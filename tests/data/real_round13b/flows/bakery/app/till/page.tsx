import { CounterSale } from "@/components/counter-sale"
import { OvenLog } from "@/components/oven-log"

export default function TillPage() {
  return (
    <main>
      <CounterSale />
      <OvenLog />
    </main>
  )
}
