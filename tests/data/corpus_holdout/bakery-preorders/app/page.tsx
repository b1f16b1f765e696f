import Image from "next/image"
import { PreorderForm } from "@/components/preorder-form"

export default function BakeryPage() {
  return (
    <main className="bg-amber-50">
      <section className="mx-auto max-w-5xl px-6 py-16">
        <h1 className="font-serif text-5xl text-amber-950">Brot &amp; Butter</h1>
        <p className="mt-3 text-amber-900/80">Sourdough baked overnight in Kreuzberg. Preorder by 6 pm, pick up the next morning.</p>
      </section>
      <section className="mx-auto grid max-w-5xl gap-8 px-6 pb-16 sm:grid-cols-3">
        <div className="overflow-hidden rounded-2xl bg-white shadow-sm">
          <Image src="/bread/country-loaf.jpg" alt="" width={400} height={300} className="h-48 w-full object-cover" />
          <div className="p-5">
            <h3 className="text-lg font-semibold">Country Loaf</h3>
            <p className="text-sm text-muted-foreground">Wheat, spelt and a 36-hour ferment.</p>
            <p className="mt-3 font-medium">€6.50</p>
          </div>
        </div>
        <div className="overflow-hidden rounded-2xl bg-white shadow-sm">
          <Image src="/bread/rye.jpg" alt="" width={400} height={300} className="h-48 w-full object-cover" />
          <div className="p-5">
            <h3 className="text-lg font-semibold">Seeded Rye</h3>
            <p className="text-sm text-muted-foreground">Dense, sour, full of sunflower and flax.</p>
            <p className="mt-3 font-medium">€7.20</p>
          </div>
        </div>
        <div className="overflow-hidden rounded-2xl bg-white shadow-sm">
          <Image src="/bread/cinnamon.jpg" alt="" width={400} height={300} className="h-48 w-full object-cover" />
          <div className="p-5">
            <h3 className="text-lg font-semibold">Cardamom Buns (box of 4)</h3>
            <p className="text-sm text-muted-foreground">Swedish-style, twisted by hand.</p>
            <p className="mt-3 font-medium">€9.00</p>
          </div>
        </div>
      </section>
      <section className="mx-auto max-w-xl px-6 pb-24">
        <h2 className="mb-6 font-serif text-3xl">Preorder for pickup</h2>
        <PreorderForm />
      </section>
    </main>
  )
}
