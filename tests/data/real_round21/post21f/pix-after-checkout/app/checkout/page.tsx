"use client"

import { useRouter } from "next/navigation"

// the order's checkout: the buyer's details and the way to pay, then on to the Pix code
export default function Finalizar() {
  const router = useRouter()
  const pagar = async (e: React.FormEvent) => {
    e.preventDefault()
    const resposta = await fetch("/api/pedidos", { method: "POST" })
    const { codigo } = await resposta.json()
    router.push(`/pagamento?codigo=${codigo}`)
  }
  return (
    <form onSubmit={pagar}>
      <h1>Finalizar compra</h1>
      <input name="nome" />
      <input name="email" type="email" />
      <label htmlFor="cardNumber">Número do cartão</label>
      <input id="cardNumber" name="cardNumber" />
      <label htmlFor="expiry">Validade</label>
      <input id="expiry" name="expiry" />
      <label htmlFor="cvv">CVV</label>
      <input id="cvv" name="cvv" />
      <p>Total: R$ 89,90</p>
      <button type="submit">Pagar agora</button>
    </form>
  )
}
