"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

interface SavedCard {
  id: number
  brand: string
  last4: string
  isDefault: boolean
}

export default function WalletSettingsPage() {
  const [cards, setCards] = useState<SavedCard[]>([
    { id: 1, brand: "Visa", last4: "4242", isDefault: true },
    { id: 2, brand: "Mastercard", last4: "5454", isDefault: false },
  ])

  const handleMakeDefaultPayment = (id: number) => {
    setCards(cards.map((c) => ({ ...c, isDefault: c.id === id })))
  }

  const handleDeletePaymentMethod = (id: number) => {
    setCards(cards.filter((c) => c.id !== id))
  }

  return (
    <section>
      <h2>Moyens de paiement enregistrés</h2>
      {cards.map((card) => (
        <div key={card.id}>
          <span>
            {card.brand} •••• {card.last4}
          </span>
          <span>Carte bancaire ou virement</span>
          {!card.isDefault && (
            <Button variant="ghost" onClick={() => handleMakeDefaultPayment(card.id)}>
              Par défaut
            </Button>
          )}
          <Button variant="ghost" onClick={() => handleDeletePaymentMethod(card.id)}>
            Retirer
          </Button>
        </div>
      ))}
    </section>
  )
}
