import { NextResponse } from "next/server"
import { db } from "@/lib/db"

export async function POST(req: Request) {
  const { clientId, text } = await req.json()
  await db.from("notifications").insert({ client_id: clientId, text })
  return NextResponse.json({ ok: true })
}
