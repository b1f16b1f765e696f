"use client"

import { useState } from "react"
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

// joining a game: its card step only, its description says it pays for a reservation
export function EntrarJogo({ aberto, jogo }: { aberto: boolean; jogo: { quadra: string; valor: number } }) {
  const [pagando, setPagando] = useState(false)

  const pagar = async () => {
    setPagando(true)
    await new Promise((r) => setTimeout(r, 1000))
    setPagando(false)
  }

  return (
    <Dialog open={aberto}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Entrar no jogo</DialogTitle>
          <DialogDescription>Confira os dados da sua reserva e finalize o pagamento</DialogDescription>
        </DialogHeader>
        <p>{jogo.quadra}</p>
        <Label htmlFor="cardNumber">Número do cartão</Label>
        <Input id="cardNumber" placeholder="0000 0000 0000 0000" />
        <Label htmlFor="expiry">Validade</Label>
        <Input id="expiry" placeholder="MM/AA" />
        <Label htmlFor="cvc">CVV</Label>
        <Input id="cvc" placeholder="123" />
        <p>Total: R$ {jogo.valor.toFixed(2)}</p>
        <Button onClick={pagar} disabled={pagando}>
          Confirmar e pagar
        </Button>
      </DialogContent>
    </Dialog>
  )
}
