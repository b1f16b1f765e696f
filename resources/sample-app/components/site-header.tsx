"use client";

import Link from "next/link";
import { ShoppingCart } from "lucide-react";

import { useCart } from "@/components/cart-provider";
import { Button } from "@/components/ui/button";
import { business } from "@/lib/data";

const links = [
  { href: "/", label: "Shop" },
  { href: "/events", label: "Workshops" },
  { href: "/booking", label: "Book" },
  { href: "/contact", label: "Contact" },
];

export function SiteHeader() {
  const { itemCount } = useCart();

  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur">
      <div className="container flex h-16 items-center justify-between gap-4">
        <Link href="/" className="font-serif text-lg font-semibold tracking-tight">
          {business.name}
        </Link>
        <nav className="hidden items-center gap-6 text-sm sm:flex">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-muted-foreground transition-colors hover:text-foreground">
              {link.label}
            </Link>
          ))}
        </nav>
        <Button asChild variant="outline" size="sm">
          <Link href="/#cart" aria-label={`Cart, ${itemCount} items`}>
            <ShoppingCart />
            <span className="tabular-nums">{itemCount}</span>
          </Link>
        </Button>
      </div>
      <nav className="container flex gap-4 pb-3 text-sm sm:hidden">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="text-muted-foreground hover:text-foreground">
            {link.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
