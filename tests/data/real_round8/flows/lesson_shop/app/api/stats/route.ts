import { NextResponse } from "next/server"

export async function POST(req: Request) {
  const event = await req.json()
  await fetch(`https://graph.facebook.com/v18.0/${process.env.PIXEL_ID}/events?access_token=${process.env.PIXEL_TOKEN}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ data: [event] }),
  })
  return NextResponse.json({ ok: true })
}
