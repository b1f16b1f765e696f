// Which product record each cart line is (server-only): the cart holds the app's own product
// ids (the sample's, kept for linked items, or "l4y-<record id>" for records added since), so
// the ids Connect linked are listed here, then names as a last resort.
import type { CheckoutItem } from "./checkout";

/** Sample product id → product record id, from the data sets Connect linked. */
export const PRODUCT_REFS: Record<string, number> = __PRODUCT_REFS__;

/** Product name (folded) → product record id. */
export const PRODUCT_NAMES: Record<string, number> = __PRODUCT_NAMES__;

export type CartLineInput = { ref?: unknown; name?: unknown; quantity?: unknown };

const fold = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");

/** The checkout items for the lines, and the names of lines no record matches. */
export function resolveCartLines(lines: CartLineInput[]): { items: CheckoutItem[]; unknown: string[] } {
  const items: CheckoutItem[] = [];
  const unknown: string[] = [];
  for (const line of lines) {
    const ref = typeof line.ref === "string" || typeof line.ref === "number" ? String(line.ref) : "";
    const name = typeof line.name === "string" ? line.name : "";
    const added = /^l4y-(\d+)$/.exec(ref);
    const productId = PRODUCT_REFS[ref] ?? (added ? Number(added[1]) : undefined) ?? PRODUCT_NAMES[fold(name)];
    const quantity = Math.max(1, Math.floor(Number(line.quantity ?? 1)) || 1);
    if (productId === undefined) unknown.push(name || ref || "an item");
    else items.push({ product_id: productId, quantity });
  }
  return { items, unknown };
}
