import { db } from "@/lib/db"

export async function POST(req: Request) {
  const body = await req.json()
  await db.reservations.create({ data: body })
  return Response.json({ ok: true })
}
