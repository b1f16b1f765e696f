"use client";

import * as React from "react";
import { Minus, Plus, ShoppingCart } from "lucide-react";

import { useCart } from "@/components/cart-provider";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatPrice } from "@/lib/utils";

const FREE_SHIPPING_FROM = 150;
const SHIPPING_FLAT_RATE = 12;
const CURRENCY = "USD";

export function CartSummary() {
  const { items, subtotal, updateQuantity, clear } = useCart();
  const [orderNumber, setOrderNumber] = React.useState<string | null>(null);
  const [isCheckingOut, setIsCheckingOut] = React.useState(false);

  const shipping = subtotal === 0 || subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FLAT_RATE;
  const total = subtotal + shipping;

  async function handleCheckout() {
    setIsCheckingOut(true);
    // Demo only: a real store would create a checkout session here.
    await new Promise((resolve) => setTimeout(resolve, 800));
    setOrderNumber(`HP-${Math.floor(100000 + Math.random() * 900000)}`);
    clear();
    setIsCheckingOut(false);
  }

  return (
    <Card id="cart" className="scroll-mt-24">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ShoppingCart className="h-5 w-5" />
          Your cart
        </CardTitle>
        <CardDescription>Free shipping on orders over {formatPrice(FREE_SHIPPING_FROM, CURRENCY)}.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {orderNumber && (
          <p className="rounded-md bg-secondary p-3 text-sm text-secondary-foreground" role="status">
            Thanks! Order {orderNumber} is confirmed. This is a demo store, so no payment was taken.
          </p>
        )}
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">Your cart is empty.</p>
        ) : (
          <ul className="divide-y">
            {items.map((item) => (
              <li key={item.key} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{item.name}</p>
                  {item.variant && <p className="text-xs text-muted-foreground">{item.variant}</p>}
                </div>
                <div className="flex items-center gap-1">
                  <Button
                    variant="outline"
                    size="icon"
                    className="h-7 w-7"
                    aria-label={`Remove one ${item.name}`}
                    onClick={() => updateQuantity(item.key, item.quantity - 1)}
                  >
                    <Minus />
                  </Button>
                  <span className="w-6 text-center text-sm tabular-nums">{item.quantity}</span>
                  <Button
                    variant="outline"
                    size="icon"
                    className="h-7 w-7"
                    aria-label={`Add one ${item.name}`}
                    onClick={() => updateQuantity(item.key, item.quantity + 1)}
                  >
                    <Plus />
                  </Button>
                </div>
                <span className="w-20 text-right text-sm tabular-nums">
                  {formatPrice(item.unitPrice * item.quantity, item.currency)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <dl className="space-y-1 border-t pt-4 text-sm">
          <div className="flex justify-between">
            <dt className="text-muted-foreground">Subtotal</dt>
            <dd className="tabular-nums">{formatPrice(subtotal, CURRENCY)}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-muted-foreground">Shipping</dt>
            <dd className="tabular-nums">{shipping === 0 ? "Free" : formatPrice(shipping, CURRENCY)}</dd>
          </div>
          <div className="flex justify-between text-base font-semibold">
            <dt>Total</dt>
            <dd className="tabular-nums">{formatPrice(total, CURRENCY)}</dd>
          </div>
        </dl>
      </CardContent>
      <CardFooter>
        <Button className="w-full" size="lg" onClick={handleCheckout} disabled={items.length === 0 || isCheckingOut}>
          {isCheckingOut ? "Processing…" : "Checkout"}
        </Button>
      </CardFooter>
    </Card>
  );
}
