import { transporter } from "@/lib/mailer"

export async function POST(request: Request) {
  const { email, total } = await request.json()
  await transporter.sendMail({ to: email, subject: "Your receipt", text: `Paid: ${total}` })
  return Response.json({ ok: true })
}
