import { db } from "@/lib/db"

export async function POST(request: Request) {
  const { email } = await request.json()
  const code = String(Math.floor(100000 + Math.random() * 900000))
  await db.from("guest_codes").insert({ email, code })
  await fetch("http://localhost:3000/api/mail/code", {
    method: "POST",
    body: JSON.stringify({ email, code }),
  })
  return Response.json({ sent: true })
}
