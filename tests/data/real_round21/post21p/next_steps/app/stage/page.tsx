export default function CampPage() {
  return (
    <main className="mx-auto max-w-2xl p-8">
      <section className="rounded-lg bg-blue-50 p-6">
        <h2 className="text-2xl font-bold">Stage d'été de basket</h2>
        <p>Du 7 au 11 juillet 2026, de 9h00 à 16h00, au gymnase municipal.</p>
        <a href="/inscription" className="rounded bg-blue-600 px-4 py-2 text-white">S'inscrire</a>
      </section>
    </main>
  )
}
