import { NextResponse } from "next/server"

const BASE = "https://api.airtable.com/v0"

export async function POST(request: Request) {
  const { fullName, email, city } = await request.json()
  const res = await fetch(`${BASE}/${process.env.AIRTABLE_BASE}/Waitlist`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.AIRTABLE_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ fields: { Name: fullName, Email: email, City: city } }),
  })
  if (!res.ok) {
    return NextResponse.json({ ok: false }, { status: 502 })
  }
  return NextResponse.json({ ok: true })
}
