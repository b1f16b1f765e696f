"use client"

import { useState } from "react"

const startingTasks = [
  { id: "t1", title: "File the lease addendum", client: "Nora Vance", priority: "high", status: "open", done: false },
  { id: "t2", title: "Call back about the deposit", client: "Ilya Petrov", priority: "medium", status: "open", done: false },
  { id: "t3", title: "Send signed copy", client: "Mei Tan", priority: "low", status: "closed", done: true },
]

export default function TasksPage() {
  const [tasks, setTasks] = useState(startingTasks)

  return (
    <div>
      <h1>Follow-ups</h1>
      <ul>
        {tasks.map((t) => (
          <li key={t.id}>
            <input
              type="checkbox"
              checked={t.done}
              onChange={() => setTasks(tasks.map((x) => (x.id === t.id ? { ...x, done: !x.done } : x)))}
            />
            {t.title} · {t.client} · {t.priority} · {t.status}
          </li>
        ))}
      </ul>
    </div>
  )
}
