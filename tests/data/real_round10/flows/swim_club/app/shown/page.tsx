// every component of this fixture is on a page: forms no page shows collect nothing (round 12)
import { SwimmersAdmin } from "@/components/new-swimmer"
import { SquadList } from "@/components/squad-list"

export default function Shown() {
  return (
    <main>
      <SwimmersAdmin />
      <SquadList />
    </main>
  )
}
