"use client"
import { Button } from "@/components/ui/button"

export function DepositStep({ service, amount }: { service: string; amount: number }) {
  const pay = async () => {
    const res = await fetch("/api/deposits", { method: "POST", body: JSON.stringify({ service, amount }) })
    const { payUrl } = await res.json()
    window.location.href = payUrl
  }
  return (
    <section>
      <h2>Seña de la sesión</h2>
      <p>{service}</p>
      <Button onClick={pay}>Pagar seña</Button>
    </section>
  )
}
