"use client"

// a printable report of the month: amounts per row of a list, no document of one record
type Job = { code: string; owner: string; fee: number }

export function MonthReport({ jobs }: { jobs: Job[] }) {
  return (
    <section>
      <h2>Jobs this month</h2>
      {jobs.map((job) => (
        <div key={job.code}>
          <span>{job.code}</span> <span>{job.owner}</span> <span>{job.fee}</span>
        </div>
      ))}
      <button onClick={() => window.print()}>Print report</button>
    </section>
  )
}
