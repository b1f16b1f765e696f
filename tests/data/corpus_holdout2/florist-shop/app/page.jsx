"use client"

import Image from "next/image"
import Link from "next/link"
import { useState } from "react"
import { Button } from "@/components/ui/button"
import { bouquets } from "@/components/bouquets"

export default function Home() {
  const [cart, setCart] = useState([])

  return (
    <main className="mx-auto max-w-6xl px-4 py-10">
      <div className="mb-8 flex items-center justify-between">
        <h1 className="font-serif text-4xl">Petal &amp; Stem</h1>
        <Button asChild variant="outline">
          <Link href={`/checkout?items=${cart.join(",")}`}>Cart ({cart.length})</Link>
        </Button>
      </div>
      <div className="grid grid-cols-2 gap-6 lg:grid-cols-4">
        {bouquets.map((b) => (
          <div key={b.id} className="space-y-2">
            <Image src={b.photo} alt={b.title} width={300} height={360} className="rounded-lg object-cover" />
            <div className="flex items-center justify-between">
              <h2 className="font-medium">{b.title}</h2>
              <span>{b.price}</span>
            </div>
            <p className="text-xs text-muted-foreground">{b.stems} stems</p>
            <Button size="sm" className="w-full" onClick={() => setCart([...cart, b.id])}>Add to cart</Button>
          </div>
        ))}
      </div>
    </main>
  )
}
