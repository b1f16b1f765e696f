import { CallOff } from "@/components/fitting/call-off"
import { FittingWizard } from "@/components/fitting/fitting-wizard"

export default function FittingPage() {
  return (
    <main>
      <h1>Fittings</h1>
      <FittingWizard />
      <CallOff id="last" />
    </main>
  )
}
