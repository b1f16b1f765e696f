import { Resend } from "resend"

const resend = new Resend(process.env.RESEND_API_KEY)

// each new subscriber gets a welcome mail
export async function POST(request: Request) {
  const { email } = await request.json()
  await resend.emails.send({
    from: "garden@example.com",
    to: email,
    subject: "Welcome",
    text: "Thanks for subscribing.",
  })
  return Response.json({ ok: true })
}
