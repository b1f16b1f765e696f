export default function PaymentPage() {
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-3xl font-bold">Paiement de l'inscription</h1>
      <p>Montant à régler : 240 €</p>
      <section className="mt-8 rounded-lg bg-gray-50 p-6">
        <h2 className="text-xl font-bold">Prochaines étapes</h2>
        <ol className="list-decimal ml-5 space-y-3">
          <li>Réglez le montant par virement bancaire.</li>
          <li>Vous recevrez un e-mail de confirmation sous 48 heures.</li>
          <li>Rendez-vous au gymnase le 7 juillet 2026 à 9h00 avec votre tenue de sport.</li>
        </ol>
      </section>
    </main>
  )
}
