"use client"

import { useSearchParams } from "next/navigation"

// the next step of that checkout: the Pix code to pay, told how
export default function Pagamento() {
  const codigo = useSearchParams().get("codigo")
  return (
    <main>
      <h1>Seu pedido está quase pronto</h1>
      <img src="/qr.png" alt="QR Code Pix" />
      <h2>Instruções de pagamento</h2>
      <p>Abra o app do seu banco, escolha Pix e cole o código: {codigo}</p>
      <p>Ou faça uma transferência para a conta indicada.</p>
    </main>
  )
}
