import { transporter } from "@/lib/mailer"

export async function POST(request: Request) {
  const { email, code } = await request.json()
  await transporter.sendMail({ to: email, subject: "Your sign-in code", text: code })
  return Response.json({ ok: true })
}
