export default function ConcertsPage() {
  return (
    <main className="p-6">
      <div className="rounded-xl border p-8">
        <h2 className="text-2xl font-bold">Jazz sur la terrasse</h2>
        <p>Samedi 14 mars 2026 · 20:30</p>
        <p>Mis à jour le 2 février 2026</p>
      </div>
    </main>
  )
}
