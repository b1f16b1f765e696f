export default function DemandePage() {
  return (
    <main className="p-6">
      <div className="rounded-xl border p-8 text-center">
        <h2 className="text-lg font-semibold">Request under review</h2>
        <p className="text-sm">Your access request has reached the administrators.</p>
        <p className="text-xs">Submitted: 12 June 2025, 09:45 AM</p>
      </div>
    </main>
  )
}
