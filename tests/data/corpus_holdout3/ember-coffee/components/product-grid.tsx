"use client"

import { useState } from "react"
import Image from "next/image"
import { ShoppingCart, Star } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter } from "@/components/ui/card"
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group"
import { useCart } from "@/components/cart-provider"
import { useToast } from "@/hooks/use-toast"
import { products, type Product } from "@/lib/products"

const roastFilters = ["All", "Light", "Medium", "Dark"]

export function ProductGrid() {
  const [roast, setRoast] = useState("All")
  const visible = roast === "All" ? products : products.filter((p) => p.roast === roast)

  return (
    <section id="shop" className="container py-16">
      <div className="mb-8 flex flex-col items-start justify-between gap-4 md:flex-row md:items-end">
        <div>
          <h2 className="text-3xl font-bold tracking-tight">Shop Our Coffee</h2>
          <p className="text-muted-foreground">Roasted every Monday and shipped within 48 hours.</p>
        </div>
        <ToggleGroup type="single" value={roast} onValueChange={(value) => value && setRoast(value)}>
          {roastFilters.map((filter) => (
            <ToggleGroupItem key={filter} value={filter} className="px-4">
              {filter}
            </ToggleGroupItem>
          ))}
        </ToggleGroup>
      </div>
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {visible.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </div>
    </section>
  )
}

function ProductCard({ product }: { product: Product }) {
  const { addItem } = useCart()
  const { toast } = useToast()

  const handleAddToCart = () => {
    addItem(product)
    toast({
      title: "Added to cart",
      description: `${product.name} has been added to your cart.`,
    })
  }

  return (
    <Card className="group flex flex-col overflow-hidden">
      <div className="relative aspect-square overflow-hidden bg-amber-50">
        <Image
          src={product.image || "/placeholder.svg"}
          alt={product.name}
          fill
          className="object-cover transition-transform duration-300 group-hover:scale-105"
        />
        {product.badge && (
          <Badge className="absolute left-3 top-3 bg-amber-600 hover:bg-amber-700">{product.badge}</Badge>
        )}
      </div>
      <CardContent className="flex-1 space-y-2 p-4">
        <div className="flex items-center justify-between text-xs text-muted-foreground">
          <span>{product.origin}</span>
          <span>{product.roast} Roast</span>
        </div>
        <h3 className="text-lg font-semibold">{product.name}</h3>
        <div className="flex flex-wrap gap-1">
          {product.notes.map((note) => (
            <Badge key={note} variant="secondary" className="font-normal">
              {note}
            </Badge>
          ))}
        </div>
        <div className="flex items-center gap-1 text-sm">
          <Star className="h-4 w-4 fill-amber-500 text-amber-500" />
          <span className="font-medium">{product.rating}</span>
          <span className="text-muted-foreground">({product.reviews} reviews)</span>
        </div>
      </CardContent>
      <CardFooter className="flex items-center justify-between p-4 pt-0">
        <div className="flex items-baseline gap-2">
          <span className="text-xl font-bold">${product.price.toFixed(2)}</span>
          {product.originalPrice && (
            <span className="text-sm text-muted-foreground line-through">${product.originalPrice.toFixed(2)}</span>
          )}
          <span className="text-xs text-muted-foreground">/ {product.weight}</span>
        </div>
        <Button size="sm" onClick={handleAddToCart}>
          <ShoppingCart className="mr-2 h-4 w-4" />
          Add to Cart
        </Button>
      </CardFooter>
    </Card>
  )
}
