"use client"

import { useEffect } from "react"
import { useRouter } from "next/navigation"
import { useBasket } from "../../lib/basket"

export default function ThanksPage() {
  const router = useRouter()
  const { lines, emptyBasket } = useBasket()

  useEffect(() => {
    if (lines.length === 0) {
      router.replace("/")
    }
    console.info("order done", lines.length)
    emptyBasket()
  }, [])

  return (
    <main>
      <h1>Thank you, your order is on its way</h1>
      <p>A confirmation will reach your inbox shortly.</p>
    </main>
  )
}
