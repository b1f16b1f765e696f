"use server"

import { createClient } from "@/lib/supabase/server"
import { sendEmail } from "@/lib/mailer"

export type TicketState = { ok: boolean; ticketId?: string; error?: string }

export async function submitTicket(_prev: TicketState, formData: FormData): Promise<TicketState> {
  const supabase = createClient()
  const ticket = {
    subject: String(formData.get("subject") ?? ""),
    category: String(formData.get("category") ?? "other"),
    priority: String(formData.get("priority") ?? "normal"),
    description: String(formData.get("description") ?? ""),
    email: String(formData.get("email") ?? ""),
    status: "open",
  }

  if (!ticket.subject || !ticket.email) {
    return { ok: false, error: "Subject and email are required." }
  }

  const { data, error } = await supabase.from("tickets").insert(ticket).select("id").single()
  if (error) return { ok: false, error: error.message }

  await sendEmail({
    to: ticket.email,
    subject: `[#${data.id}] We received your request: ${ticket.subject}`,
    body: "Thanks for reaching out. A support engineer will reply within one business day.",
  })

  if (ticket.priority === "urgent") {
    await fetch(process.env.SLACK_SUPPORT_WEBHOOK!, {
      method: "POST",
      body: JSON.stringify({ text: `:rotating_light: Urgent ticket #${data.id}: ${ticket.subject}` }),
    })
  }

  return { ok: true, ticketId: data.id }
}
