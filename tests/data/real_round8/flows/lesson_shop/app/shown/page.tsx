// every component of this fixture is on a page: forms no page shows collect nothing (round 12)
import { NoteSaver } from "@/components/note-saver"
import { askTheSchool } from "@/app/actions/helpdesk"

// the help desk's server action is offered to the page's own client components
export const ask = askTheSchool

export default function Shown() {
  return (
    <main>
      <NoteSaver />
    </main>
  )
}
