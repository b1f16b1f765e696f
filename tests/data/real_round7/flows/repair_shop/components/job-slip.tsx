"use client"

// the slip a bike repair shop hands over when a job is done: one job, what was done, the fee
type Job = { code: string; owner: string; bike: string; work: string; fee: number }

export function JobSlip({ job, onClose }: { job: Job; onClose: () => void }) {
  return (
    <div className="slip">
      <h2>Job slip</h2>
      <p>{job.code}</p>
      <p>{job.owner}</p>
      <p>{job.bike}</p>
      <p>{job.work}</p>
      <p>
        <span>Total</span> <span>{job.fee.toFixed(2)}</span>
      </p>
      <button onClick={() => window.print()}>Print slip</button>
      <button onClick={onClose}>Close</button>
    </div>
  )
}
