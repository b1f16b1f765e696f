import { NextResponse } from "next/server"
import { queueTextMessage } from "@/lib/messages/outbox"

export async function POST(req: Request) {
  const { visitId, status } = await req.json()
  await queueTextMessage(visitId, status)
  return NextResponse.json({ ok: true })
}
