import { sql } from "@/lib/db"

// marks a booking confirmed and mails the guest through the mail provider's HTTP API
export async function POST(request: Request) {
  const { id, email } = await request.json()
  await sql`UPDATE bookings SET status = 'confirmed' WHERE id = ${id}`
  await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.RESEND_KEY}` },
    body: JSON.stringify({ to: email, subject: "Your booking is confirmed" }),
  })
  return Response.json({ ok: true })
}
