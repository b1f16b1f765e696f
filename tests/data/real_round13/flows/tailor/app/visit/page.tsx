import { FittingEngine } from "@/components/fitting-engine"
import { VisitStats } from "@/components/visit-stats"

export default function VisitPage() {
  return (
    <main>
      <FittingEngine />
      <VisitStats />
    </main>
  )
}
