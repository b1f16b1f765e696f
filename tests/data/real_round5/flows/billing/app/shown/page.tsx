// every component of this fixture is on a page: what no page shows does nothing (round 12)
import { ChargeDialog } from "@/components/charge-dialog"

export default function Shown() {
  return (
    <main>
      <ChargeDialog charge={{ id: "c1", amount: 10, label: "Term fee" }} />
    </main>
  )
}
