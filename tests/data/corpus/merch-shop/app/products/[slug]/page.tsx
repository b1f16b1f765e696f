"use client"

import { useState } from "react"
import Image from "next/image"
import { notFound } from "next/navigation"
import { Button } from "@/components/ui/button"
import { Label } from "@/components/ui/label"
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group"
import { useCart } from "@/lib/cart-context"
import { formatPrice, getProduct } from "@/lib/products"

export default function ProductPage({ params }: { params: { slug: string } }) {
  const product = getProduct(params.slug)
  const { addItem } = useCart()
  const [size, setSize] = useState<string>(product?.sizes[0] ?? "")

  if (!product) notFound()

  return (
    <div className="container grid gap-10 py-10 md:grid-cols-2">
      <div className="relative aspect-square overflow-hidden rounded-lg bg-muted">
        <Image src={product.image} alt={product.name} fill className="object-cover" />
      </div>
      <div className="space-y-6">
        <div>
          <h1 className="text-3xl font-bold">{product.name}</h1>
          <p className="mt-2 text-2xl">{formatPrice(product.price)}</p>
        </div>
        <p className="text-muted-foreground">{product.description}</p>
        <div className="space-y-2">
          <Label>Size</Label>
          <RadioGroup value={size} onValueChange={setSize} className="flex gap-2">
            {product.sizes.map((s) => (
              <div key={s} className="flex items-center space-x-1">
                <RadioGroupItem value={s} id={`size-${s}`} />
                <Label htmlFor={`size-${s}`}>{s}</Label>
              </div>
            ))}
          </RadioGroup>
        </div>
        <Button size="lg" className="w-full" onClick={() => addItem(product, size)}>
          Add to cart
        </Button>
      </div>
    </div>
  )
}
