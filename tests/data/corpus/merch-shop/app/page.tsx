import Link from "next/link"
import { Mountain } from "lucide-react"
import { CartSheet } from "@/components/cart-sheet"
import { ProductCard } from "@/components/product-card"
import { products } from "@/lib/products"

export default function ShopPage() {
  return (
    <div className="min-h-screen">
      <header className="border-b">
        <div className="container flex h-16 items-center justify-between">
          <Link href="/" className="flex items-center gap-2 text-lg font-bold">
            <Mountain className="h-6 w-6" /> Ridge Outfitters
          </Link>
          <CartSheet />
        </div>
      </header>
      <main className="container py-10">
        <div className="mb-8">
          <h1 className="text-3xl font-bold tracking-tight">New season essentials</h1>
          <p className="text-muted-foreground">Built for the trail, worn everywhere.</p>
        </div>
        <div className="grid grid-cols-2 gap-6 md:grid-cols-3 lg:grid-cols-4">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </div>
      </main>
    </div>
  )
}
