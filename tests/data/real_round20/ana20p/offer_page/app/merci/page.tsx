export default function MerciPage() {
  return (
    <section>
      <div className="thanks">
        <h2>Merci pour votre commande !</h2>
        <p>Total payé : 42,00 €</p>
        <a href="/">Retour à l'accueil</a>
      </div>
    </section>
  )
}
