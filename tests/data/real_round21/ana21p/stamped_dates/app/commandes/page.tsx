export default function CommandesPage() {
  return (
    <main className="p-6">
      <h1>Suivi des commandes</h1>
      <div className="rounded-lg border p-4">
        <h4 className="font-medium">Bestellung #40817</h4>
        <p className="text-sm">Sendungsnummer DHL-77120458</p>
        <div className="text-sm">Geliefert an den Kunden am 3. März 2025 um 14:30</div>
      </div>
    </main>
  )
}
