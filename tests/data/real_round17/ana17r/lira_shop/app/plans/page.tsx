export default function PlansPage() {
  return (
    <main>
      <h1>Paketler</h1>
      <div className="grid grid-cols-2 gap-4">
        <div className="rounded border p-4">
          <h3>Başlangıç</h3>
          <p className="text-3xl">₺349</p>
          <button>Seç</button>
        </div>
        <div className="rounded border p-4">
          <h3>Profesyonel</h3>
          <p className="text-3xl">₺899</p>
          <button>Seç</button>
        </div>
      </div>
    </main>
  )
}
