import { db } from "@/lib/db"

// the card processor calls this when a gift is paid; the buyer gets a receipt
export async function POST(request: Request) {
  const event = await request.json()
  await db.from("gifts").update({ paid: true }).eq("id", event.giftId)
  await fetch(`${process.env.NEXT_PUBLIC_URL || "http://localhost:3000"}/api/mail/receipt`, {
    method: "POST",
    body: JSON.stringify({ email: event.email, total: event.total }),
  })
  return Response.json({ received: true })
}
