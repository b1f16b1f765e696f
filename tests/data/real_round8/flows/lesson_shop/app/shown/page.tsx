// every component of this fixture is on a page: forms no page shows collect nothing (round 12)
import { NoteSaver } from "@/components/note-saver"

export default function Shown() {
  return (
    <main>
      <NoteSaver />
    </main>
  )
}
