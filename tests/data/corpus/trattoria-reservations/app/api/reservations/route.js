import { NextResponse } from "next/server"
import twilio from "twilio"
import { Resend } from "resend"

const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN)
const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(request) {
  const r = await request.json()
  if (!r.date || !r.time || !r.name || !r.phone) {
    return NextResponse.json({ error: "Missing fields" }, { status: 400 })
  }

  await resend.emails.send({
    from: "Prenotazioni <tavoli@trattoriadalucia.it>",
    to: "tavoli@trattoriadalucia.it",
    subject: `Nuova prenotazione: ${r.name}, ${r.guests} pers., ${r.date} ${r.time}`,
    text: `Telefono: ${r.phone}\nEmail: ${r.email ?? "-"}\nRichieste: ${r.requests ?? "-"}`,
  })

  await sms.messages.create({
    to: r.phone,
    from: process.env.TWILIO_FROM,
    body: `Trattoria da Lucia: we've received your request for ${r.guests} on ${r.date} at ${r.time}. We'll confirm shortly.`,
  })

  return NextResponse.json({ ok: true })
}
