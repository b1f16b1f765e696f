import { NextResponse } from "next/server"
import { kv } from "@vercel/kv"
import { sendDoorCode } from "@/lib/access-control"

export async function POST(request: Request) {
  const { roomId, start, end } = await request.json()
  const key = `booking:${roomId}:${start}`
  const created = await kv.set(key, { roomId, start, end, status: "confirmed" }, { nx: true })
  if (!created) {
    return NextResponse.json({ error: "That slot was just taken" }, { status: 409 })
  }
  await sendDoorCode({ roomId, start, end })
  return NextResponse.json({ ok: true })
}
