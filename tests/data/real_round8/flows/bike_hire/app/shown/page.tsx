// every component of this fixture is on a page: forms no page shows collect nothing (round 12)
import { NewExpense } from "@/components/new-expense"
import { NewHire } from "@/components/new-hire"

export default function Shown() {
  return (
    <main>
      <NewExpense />
      <NewHire />
    </main>
  )
}
