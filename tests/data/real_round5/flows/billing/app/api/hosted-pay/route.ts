import { NextResponse } from "next/server"

// opens a hosted payment page at the provider; nothing in this app calls it (the provider's
// dashboard links to it), so it is an integration of its own
export async function POST(req: Request) {
  const body = await req.json()
  const res = await fetch("https://api.example-gateway.test/v3/checkout", {
    method: "POST",
    body: JSON.stringify({ amount: body.amount, currency: "EUR" }),
  })
  return NextResponse.json(await res.json())
}
