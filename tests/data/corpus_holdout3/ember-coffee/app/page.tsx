import Image from "next/image"
import Link from "next/link"
import { Coffee, Leaf, Truck } from "lucide-react"
import { Button } from "@/components/ui/button"
import { CartDrawer } from "@/components/cart-drawer"
import { Newsletter } from "@/components/newsletter"
import { ProductGrid } from "@/components/product-grid"
import { Testimonials } from "@/components/testimonials"
import { WholesaleForm } from "@/components/wholesale-form"

const features = [
  { icon: Coffee, title: "Roasted to order", description: "Every bag is roasted in small batches the week it ships." },
  { icon: Leaf, title: "Direct trade", description: "We pay our farmers well above fair-trade minimums." },
  { icon: Truck, title: "Free shipping", description: "On every order over $40 within the continental US." },
]

export default function Home() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-50 border-b bg-white/90 backdrop-blur">
        <div className="container flex h-16 items-center justify-between">
          <Link href="/" className="flex items-center gap-2 text-xl font-bold">
            <Coffee className="h-6 w-6 text-amber-700" />
            Ember
          </Link>
          <nav className="hidden gap-6 text-sm font-medium md:flex">
            <Link href="#shop" className="hover:text-amber-700">
              Shop
            </Link>
            <Link href="#about" className="hover:text-amber-700">
              Our Story
            </Link>
            <Link href="#wholesale" className="hover:text-amber-700">
              Wholesale
            </Link>
          </nav>
          <CartDrawer />
        </div>
      </header>

      <main className="flex-1">
        <section className="relative overflow-hidden bg-stone-900 text-white">
          <Image
            src="/placeholder.svg?height=800&width=1600"
            alt="Freshly roasted coffee beans"
            fill
            className="object-cover opacity-30"
            priority
          />
          <div className="container relative py-28 md:py-40">
            <h1 className="max-w-2xl text-4xl font-bold tracking-tight md:text-6xl">
              Freshly roasted, delivered to your door
            </h1>
            <p className="mt-4 max-w-xl text-lg text-stone-300">
              Single-origin beans and house blends from our roastery in Asheville. Free shipping on orders over $40.
            </p>
            <Button asChild size="lg" className="mt-8 bg-amber-600 hover:bg-amber-700">
              <Link href="#shop">Shop Coffee</Link>
            </Button>
          </div>
        </section>

        <section id="about" className="border-b py-12">
          <div className="container grid gap-8 md:grid-cols-3">
            {features.map((feature) => (
              <div key={feature.title} className="flex gap-4">
                <feature.icon className="h-8 w-8 shrink-0 text-amber-700" />
                <div>
                  <h3 className="font-semibold">{feature.title}</h3>
                  <p className="text-sm text-muted-foreground">{feature.description}</p>
                </div>
              </div>
            ))}
          </div>
        </section>

        <ProductGrid />
        <Testimonials />
        <WholesaleForm />
      </main>

      <footer className="bg-stone-900 text-stone-300">
        <div className="container grid gap-8 py-12 md:grid-cols-3">
          <div className="space-y-2">
            <p className="flex items-center gap-2 text-lg font-bold text-white">
              <Coffee className="h-5 w-5 text-amber-500" />
              Ember Coffee Roasters
            </p>
            <p className="text-sm text-stone-400">112 Lexington Ave, Asheville, NC</p>
          </div>
          <div className="space-y-2 text-sm">
            <p className="font-semibold text-white">Help</p>
            <Link href="#" className="block hover:text-white">
              Shipping &amp; Returns
            </Link>
            <Link href="#" className="block hover:text-white">
              Brew Guides
            </Link>
          </div>
          <Newsletter />
        </div>
        <div className="border-t border-stone-800 py-6 text-center text-xs text-stone-500">
          © 2025 Ember Coffee Roasters. All rights reserved.
        </div>
      </footer>
    </div>
  )
}
