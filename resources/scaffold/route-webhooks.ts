// Webhooks from the platform: verifies `L4y-Signature: t=<unix seconds>,v1=<hex>` where v1 is
// HMAC-SHA256(L4Y_WEBHOOK_SECRET, "<t>.<raw body>") and t is at most 300 s away (the scheme the
// platform signs with), then refreshes the pages that show the platform's records.
import { revalidateTag } from "next/cache";
import { NextResponse } from "next/server";

import { verifySignature } from "@/lib/l4y/webhooks";

export const runtime = "nodejs";

export async function POST(request: Request) {
  const secret = process.env.L4Y_WEBHOOK_SECRET;
  if (!secret) {
    return NextResponse.json({ error: { message: "L4Y_WEBHOOK_SECRET is not set on the server." } }, { status: 503 });
  }
  const body = await request.text();
  const header = request.headers.get("l4y-signature") ?? "";
  if (!verifySignature(secret, body, header)) {
    return NextResponse.json({ error: { message: "Bad or missing L4y-Signature." } }, { status: 400 });
  }
  let event: { type?: string } = {};
  try {
    event = JSON.parse(body) as { type?: string };
  } catch {
    return NextResponse.json({ error: { message: "The body is not JSON." } }, { status: 400 });
  }
  revalidateTag("l4y"); // the records changed: the next visit loads them again
  return NextResponse.json({ received: true, type: event.type ?? null });
}
