"use client";
// Starts a checkout from the cart: posts the cart's lines to the app's checkout route
// (/api/l4y/checkout/<id>, which asks the platform for a Stripe Checkout Session with the
// server's key) and sends the visitor to the hosted payment page it returns.
import { problemOf, showProblem } from "./problem";

export type CartLine = { ref: string; name: string; quantity: number };

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/** The cart's items as lines the route can price: whatever the app calls their fields. */
export function cartLines(cart: unknown): CartLine[] {
  const box = cart as { items?: unknown; lines?: unknown; lineItems?: unknown } | null;
  const list = Array.isArray(cart) ? cart : (box?.items ?? box?.lines ?? box?.lineItems ?? []);
  if (!Array.isArray(list)) return [];
  return list.map((entry) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    const product = (item.product ?? {}) as Record<string, unknown>;
    const quantity = Number(item.quantity ?? item.qty ?? item.count ?? 1);
    return {
      ref: text(item.productId ?? item.product_id ?? product.id ?? item.id),
      name: text(item.name ?? item.title ?? product.name ?? product.title),
      quantity: Number.isFinite(quantity) && quantity > 0 ? Math.floor(quantity) : 1,
    };
  });
}

/** What the route is asked to sell: the cart's lines, or for a page with no cart (`null`) the
 * products linked to the checkout (`quantity` of its one product, when the visitor chose it). */
export function checkoutRequest(cart: unknown, quantity?: unknown): { lines?: CartLine[]; quantity?: number } {
  if (cart !== null) return { lines: cartLines(cart) };
  const count = Math.floor(Number(quantity));
  return Number.isFinite(count) && count > 0 ? { quantity: count } : {};
}

/** `onClick={l4yStartCheckout(3, items)}`: a checkout session, then the payment page.
 * `l4yStartCheckout(3, null)` sells what Connect linked to checkout 3, and
 * `l4yStartCheckout(3, null, tickets)` that many of its one product. */
export function l4yStartCheckout(
  checkoutId: number,
  cart: unknown,
  quantity?: unknown,
): (event?: { currentTarget?: unknown; preventDefault?: () => void }) => Promise<void> {
  return async (event) => {
    event?.preventDefault?.();
    const button = typeof HTMLElement !== "undefined" && event?.currentTarget instanceof HTMLElement ? event.currentTarget : null;
    button?.setAttribute("aria-busy", "true");
    if (button instanceof HTMLButtonElement) button.disabled = true;
    try {
      const response = await fetch(`/api/l4y/checkout/${checkoutId}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(checkoutRequest(cart, quantity)),
      });
      const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
      if (response.ok && typeof answer?.url === "string") {
        showProblem(button, null);
        window.location.assign(answer.url);
        return;
      }
      showProblem(button, problemOf(answer, "The checkout could not start; please try again."));
    } catch {
      showProblem(button, "The checkout could not start (no connection); please try again.");
    }
    button?.removeAttribute("aria-busy");
    if (button instanceof HTMLButtonElement) button.disabled = false;
  };
}
