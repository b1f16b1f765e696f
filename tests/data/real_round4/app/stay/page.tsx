"use client"
import { useState } from "react"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Button } from "@/components/ui/button"

export default function StayPage() {
  const [guest, setGuest] = useState({ fullName: "", email: "", wishes: "" })
  const [card, setCard] = useState({ cardNumber: "", expiry: "", cvc: "" })
  const [step, setStep] = useState(1)
  const finish = () => console.log(guest, card)
  return (
    <div>
      <h1>Finalise o seu alojamento</h1>
      {step === 1 && (
      <Card>
        <CardHeader><CardTitle>Dados do hóspede</CardTitle></CardHeader>
        <CardContent>
          <Input id="fullName" value={guest.fullName} onChange={(e) => setGuest({ ...guest, fullName: e.target.value })} />
          <Input id="email" type="email" value={guest.email} onChange={(e) => setGuest({ ...guest, email: e.target.value })} />
          <h3>Pedidos especiais</h3>
          <Textarea id="wishes" value={guest.wishes} onChange={(e) => setGuest({ ...guest, wishes: e.target.value })} />
          <Button onClick={() => setStep(2)}>Continuar para o pagamento</Button>
        </CardContent>
      </Card>
      )}
      {step === 2 && (
      <Card>
        <CardHeader><CardTitle>Pagamento</CardTitle></CardHeader>
        <CardContent>
          <Input id="cardNumber" value={card.cardNumber} onChange={(e) => setCard({ ...card, cardNumber: e.target.value })} />
          <Input id="expiry" placeholder="MM/AA" value={card.expiry} onChange={(e) => setCard({ ...card, expiry: e.target.value })} />
          <Input id="cvc" value={card.cvc} onChange={(e) => setCard({ ...card, cvc: e.target.value })} />
          <Button onClick={finish}>Pagar e reservar</Button>
        </CardContent>
      </Card>
      )}
    </div>
  )
}
