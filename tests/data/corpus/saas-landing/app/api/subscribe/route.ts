import { NextResponse } from "next/server"
import { Resend } from "resend"

const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(request: Request) {
  const { email } = await request.json()

  if (!email || typeof email !== "string" || !email.includes("@")) {
    return NextResponse.json({ error: "A valid email is required" }, { status: 400 })
  }

  await resend.contacts.create({
    email,
    unsubscribed: false,
    audienceId: process.env.RESEND_AUDIENCE_ID!,
  })

  await resend.emails.send({
    from: "Flowbase <hello@flowbase.io>",
    to: email,
    subject: "Welcome to Flowbase tips",
    html: "<p>Thanks for subscribing! Your first issue arrives next Tuesday.</p>",
  })

  return NextResponse.json({ ok: true })
}
