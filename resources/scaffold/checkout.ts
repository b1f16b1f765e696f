// Checkout sessions on the platform (server-only); it returns Stripe's hosted page URL.
import { postJson } from "./client";
import type { L4yCheckoutSession } from "./types";

/** The app's checkouts on the platform, by name. */
export const CHECKOUTS: Record<string, number> = __CHECKOUTS__;

export type CheckoutItem = { product_id: number; quantity?: number };

export function startCheckout(
  checkoutId: number,
  request: { items?: CheckoutItem[]; quantity?: number; customer_email?: string; success_url?: string; cancel_url?: string },
): Promise<L4yCheckoutSession> {
  return postJson<L4yCheckoutSession>(`/api/v1/checkout/${checkoutId}/sessions`, request);
}
