export default function RatesPage() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <p className="text-lg">Hire a court by the hour or train with one of our coaches.</p>
      <section className="space-y-10">
        <div className="flex justify-between gap-6">
          <div>
            <h2 className="text-2xl font-bold">Court Hire</h2>
            <p>Floodlit courts, open from seven in the morning.</p>
          </div>
          <div className="text-xl font-bold">$40 per hour</div>
        </div>
        <div className="flex justify-between gap-6">
          <div>
            <h2 className="text-2xl font-bold">Private Coaching</h2>
          </div>
          <div className="text-xl font-bold">$90 per hour</div>
        </div>
      </section>
    </main>
  )
}
