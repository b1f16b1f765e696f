import { NextResponse } from "next/server"
import { Resend } from "resend"

const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(request: Request) {
  const { email } = await request.json()

  if (!email || typeof email !== "string") {
    return NextResponse.json({ error: "Email is required" }, { status: 400 })
  }

  await resend.contacts.create({
    email,
    audienceId: process.env.RESEND_AUDIENCE_ID!,
  })

  await resend.emails.send({
    from: "NightOwl <hello@nightowl.example>",
    to: email,
    subject: "You're in! This week's best shows",
    html: "<p>Thanks for subscribing. Every Thursday we'll send you the best shows in LA.</p>",
  })

  return NextResponse.json({ ok: true })
}
