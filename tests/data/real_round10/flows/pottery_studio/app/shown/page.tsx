// every component of this fixture is on a page: forms no page shows collect nothing (round 12)
import { HelpRequest } from "@/components/help-request"
import { KilnJobDialog } from "@/components/kiln-job-dialog"
import { NewCourse } from "@/components/new-course"
import { NoticeBoard } from "@/components/notice-board"

export default function Shown() {
  return (
    <main>
      <HelpRequest />
      <KilnJobDialog />
      <NewCourse />
      <NoticeBoard />
    </main>
  )
}
