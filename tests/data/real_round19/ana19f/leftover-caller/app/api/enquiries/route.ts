import { NextResponse } from "next/server"

export async function POST(request: Request) {
  const enquiry = await request.json()
  await fetch(`https://api.pipedrive.com/v1/leads?api_token=${process.env.PIPEDRIVE_TOKEN}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: `Kayak enquiry from ${enquiry.name}` }),
  })
  return NextResponse.json({ ok: true })
}
