import { Resend } from "resend"
import { db } from "@/lib/db"

const resend = new Resend(process.env.RESEND_API_KEY)

// the payment provider calls this when a deposit clears
export async function POST(request: Request) {
  const notice = await request.json()
  await db.from("deposits").update({ status: "paid" }).eq("id", notice.reference)
  await resend.emails.send({
    from: "desk@example.com",
    to: notice.payer_email,
    subject: "Deposit received",
    html: "<p>Thank you, your deposit is in.</p>",
  })
  return Response.json({ received: true })
}
