"use client"

import { useSearchParams } from "next/navigation"

// after the sign-up: where to send the money by hand, no card and no pay button
export default function Paiement() {
  const params = useSearchParams()
  const eleve = params.get("eleve")

  return (
    <main>
      <h1>Inscription reçue</h1>
      <p>Merci, {eleve} est inscrit. Réglez le stage pour garder sa place.</p>
      <section>
        <h2>Instructions de paiement</h2>
        <p>Montant : 180 €</p>
        <h3>Virement bancaire</h3>
        <p>IBAN : FR76 0000 0000 0000 0000 0000 000, avec le nom de l'élève en référence.</p>
        <h3>PayPal</h3>
        <p>Envoyez le montant au compte du club.</p>
      </section>
    </main>
  )
}
