import { Resend } from "resend"

const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(req: Request) {
  const form = await req.formData()
  await resend.emails.send({ from: "hola@reventa.example", to: String(form.get("email")), subject: "¡Bienvenido!", html: "<p>Gracias</p>" })
  return Response.json({ ok: true })
}
