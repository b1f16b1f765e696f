// Checkout: starts a Stripe Checkout Session on the platform for one checkout record and sends
// the visitor to it (303 for an HTML form, the session as JSON for fetch). JSON may name the
// products by record id (`items`), carry the cart's own lines (`lines`, see cart-lines.ts), or
// say how many of the checkout's one product (`quantity`); with none, the linked products.
import { NextResponse } from "next/server";

import { L4yApiError } from "@/lib/l4y/client";
import { resolveCartLines, type CartLineInput } from "@/lib/l4y/cart-lines";
import { startCheckout, type CheckoutItem } from "@/lib/l4y/checkout";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const checkoutId = Number(id);
  if (!Number.isInteger(checkoutId) || checkoutId < 1) {
    return NextResponse.json({ error: { message: "No such checkout." } }, { status: 404 });
  }
  const isJson = (request.headers.get("content-type") ?? "").includes("application/json");
  let items: CheckoutItem[] | undefined;
  let quantity: number | undefined;
  let email: string | undefined;
  try {
    if (isJson) {
      const body = (await request.json()) as {
        items?: CheckoutItem[];
        lines?: CartLineInput[];
        quantity?: number;
        customer_email?: string;
      };
      items = body.items;
      quantity = typeof body.quantity === "number" ? body.quantity : undefined;
      email = body.customer_email;
      if (Array.isArray(body.lines)) {
        const resolved = resolveCartLines(body.lines);
        if (resolved.unknown.length > 0 || resolved.items.length === 0) {
          const message = resolved.unknown.length
            ? `The cart holds ${resolved.unknown.join(", ")}, which the store does not sell; remove it and try again.`
            : "The cart is empty.";
          return NextResponse.json({ error: { message } }, { status: 400 });
        }
        items = resolved.items;
      }
    } else {
      const form = await request.formData();
      const productId = Number(form.get("product_id"));
      if (Number.isInteger(productId) && productId > 0) {
        items = [{ product_id: productId, quantity: Math.max(1, Number(form.get("quantity") ?? 1) || 1) }];
      }
      email = (form.get("email") as string | null) ?? undefined;
    }
  } catch {
    return NextResponse.json({ error: { message: "Send the items as JSON or as a form." } }, { status: 400 });
  }
  const origin = new URL(request.url).origin;
  try {
    const session = await startCheckout(checkoutId, {
      items,
      quantity,
      customer_email: email,
      success_url: `${origin}/?checkout=success`,
      cancel_url: `${origin}/?checkout=cancelled`,
    });
    return isJson ? NextResponse.json(session, { status: 201 }) : NextResponse.redirect(session.url, 303);
  } catch (error) {
    const status = error instanceof L4yApiError && error.status >= 400 ? error.status : 502;
    const message = error instanceof Error ? error.message : "The checkout could not start.";
    return NextResponse.json({ error: { message } }, { status });
  }
}
