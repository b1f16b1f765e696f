import { NextResponse } from "next/server"
import { db } from "@/lib/db"
import { pageOnCall } from "@/lib/pagerduty"

export async function POST(req: Request) {
  const form = await req.formData()
  const ticket = await db.ticket.create({
    data: {
      title: String(form.get("title")),
      details: String(form.get("details") ?? ""),
      severity: String(form.get("severity")),
      status: "Open",
    },
  })
  if (ticket.severity === "P1") {
    await pageOnCall(ticket)
  }
  return NextResponse.json(ticket, { status: 201 })
}
