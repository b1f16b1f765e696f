export default function PreisePage() {
  return (
    <main className="p-10">
      <div className="rounded-xl border p-6">
        <h3 className="font-semibold">Privatstunde Reiten</h3>
        <p className="text-2xl">55 € pro Stunde</p>
        <a href="/kontakt">Anfragen</a>
      </div>
    </main>
  )
}
