"use client"

import { useEffect, useState } from "react"

type Job = { id: string; title: string; priority: string; status: string; assignee: string; branch: string }

export default function MaintenanceBoard() {
  const [jobs, setJobs] = useState<Job[]>([])
  useEffect(() => {
    fetch("/api/jobs").then((r) => r.json()).then(setJobs)
  }, [])
  return (
    <main className="p-6">
      <h1 className="text-2xl font-bold">Open Issues</h1>
      <ul>
        {jobs.map((job) => (
          <li key={job.id} className="flex gap-4">
            <span>{job.title}</span>
            <span>{job.priority}</span>
            <span>{job.status}</span>
            <span>{job.assignee}</span>
            <span>{job.branch}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
