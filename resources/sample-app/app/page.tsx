import Link from "next/link";
import { ArrowRight } from "lucide-react";

import { CartSummary } from "@/components/cart-summary";
import { ProductList } from "@/components/product-list";
import { Button } from "@/components/ui/button";
import { business, products, workshops } from "@/lib/data";

export default function HomePage() {
  const nextWorkshop = workshops[0];

  return (
    <>
      <section className="border-b bg-muted/40">
        <div className="container grid gap-6 py-16 md:py-24">
          <p className="text-sm font-medium uppercase tracking-widest text-primary">Ceramics studio &amp; shop</p>
          <h1 className="max-w-2xl font-serif text-4xl font-semibold tracking-tight md:text-5xl">
            {business.tagline}
          </h1>
          <p className="max-w-xl text-muted-foreground">
            Every piece is thrown, trimmed and glazed by hand in our harbourside studio. Shop the latest kiln
            load, join a workshop or book time on the wheel.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href="#shop">Shop the collection</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/booking">Book a lesson</Link>
            </Button>
          </div>
        </div>
      </section>

      <section id="shop" className="container scroll-mt-24 py-16">
        <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 className="font-serif text-3xl font-semibold tracking-tight">Shop</h2>
            <p className="text-muted-foreground">Small batches, fired in our own kiln.</p>
          </div>
        </div>
        <div className="grid gap-8 lg:grid-cols-[1fr_320px]">
          <ProductList products={products} />
          <aside className="lg:sticky lg:top-24 lg:self-start">
            <CartSummary />
          </aside>
        </div>
      </section>

      <section className="container pb-8">
        <div className="flex flex-col items-start justify-between gap-4 rounded-lg border bg-secondary p-8 text-secondary-foreground md:flex-row md:items-center">
          <div>
            <p className="text-sm font-medium uppercase tracking-widest">Next workshop</p>
            <p className="font-serif text-2xl font-semibold">{nextWorkshop.title}</p>
          </div>
          <Button asChild>
            <Link href="/events">
              See workshops <ArrowRight />
            </Link>
          </Button>
        </div>
      </section>
    </>
  );
}
