import { NextResponse } from "next/server"
import nodemailer from "nodemailer"
import { prisma } from "@/lib/prisma"
import { services } from "@/lib/services"

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

export async function POST(req: Request) {
  const body = await req.json()
  const service = services.find((s) => s.id === body.serviceId)
  if (!service) {
    return NextResponse.json({ error: "Unknown service" }, { status: 400 })
  }

  const booking = await prisma.booking.create({
    data: {
      serviceId: service.id,
      date: body.date,
      time: body.time,
      name: body.name,
      email: body.email,
      phone: body.phone ?? null,
      notes: body.notes ?? "",
      status: "confirmed",
    },
  })

  await transporter.sendMail({
    from: '"Atelier Rosa" <hello@atelierrosa.com>',
    to: body.email,
    subject: `Your ${service.name} on ${body.date} at ${body.time}`,
    text: `See you soon, ${body.name}! Reply to this email to reschedule.`,
  })

  return NextResponse.json({ id: booking.id })
}
