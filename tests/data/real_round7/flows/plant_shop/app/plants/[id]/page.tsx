"use client"

import { useState } from "react"
import { useRouter } from "next/navigation"

// a plant's page: pick how many, see the total, go on to the step that asks how to pay
export default function PlantPage({ params }: { params: { id: string } }) {
  const router = useRouter()
  const [count, setCount] = useState(1)
  const price = 14
  const total = price * count

  return (
    <main>
      <h1>Buy this fern</h1>
      <button onClick={() => setCount(count + 1)}>+</button>
      <p>Total {total} EUR</p>
      <button onClick={() => router.push(`/pay?plant=${params.id}&count=${count}`)}>Buy now</button>
    </main>
  )
}
