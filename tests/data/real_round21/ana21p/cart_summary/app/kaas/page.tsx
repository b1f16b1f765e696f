export default function KaasPage() {
  return (
    <main className="p-8">
      <div className="max-w-sm rounded-xl border p-6">
        <h2 className="text-xl font-semibold">Oude Gouda, 500 g</h2>
        <p className="text-sm">Achttien maanden gerijpt op houten planken.</p>
        <div className="mt-4 flex justify-between">
          <span>Prijs</span>
          <span>€ 8,50</span>
        </div>
        <button className="mt-4 w-full rounded bg-amber-600 py-2 text-white">In winkelwagen</button>
      </div>
    </main>
  )
}
