"use client"

import { useState } from "react"
import { useBasket } from "@/hooks/use-basket"
import { useT } from "@/hooks/use-t"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

// pay by bank transfer: every word comes from a translation table; confirming empties the basket
export default function TransferPage() {
  const { t } = useT()
  const { clearBasket } = useBasket()
  const [mail, setMail] = useState("")
  const [phone, setPhone] = useState("")
  const [done, setDone] = useState(false)

  const handleConfirm = () => {
    if (!mail.includes("@")) return
    setDone(true)
    clearBasket()
  }

  return (
    <main>
      <h1>{t("transfer.pay_order")}</h1>
      <section>
        <h2>{t("delivery_details")}</h2>
        <Input type="email" value={mail} onChange={(e) => setMail(e.target.value)} />
        <Input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        <Button onClick={handleConfirm}>{t("confirm_details")}</Button>
      </section>
      {done && <p>{t("thanks")}</p>}
    </main>
  )
}
