import { kitchenTasks } from "@/lib/tasks"

export default function KitchenPage() {
  return (
    <section>
      <h1>Kitchen Jobs</h1>
      {kitchenTasks.map((t) => (
        <div key={t.id}>
          {t.title} · {t.priority} · {t.status} · {t.owner}
        </div>
      ))}
    </section>
  )
}
