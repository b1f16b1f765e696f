// the landing page's own section on how to pay: told before anything is bought, no checkout
export default function Accueil() {
  return (
    <main>
      <h1>Stage d'été</h1>
      <section>
        <h2>Instructions de paiement</h2>
        <p>Par virement bancaire (IBAN sur demande) ou par PayPal, après l'inscription.</p>
      </section>
    </main>
  )
}
