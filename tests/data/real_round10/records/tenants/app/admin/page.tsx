import { StudiosTable } from "@/components/studios-table"
import { db } from "@/lib/db"

export default async function AdminPage() {
  const studios = await db.studio.findMany()
  return (
    <main>
      <StudiosTable studios={studios} />
    </main>
  )
}
