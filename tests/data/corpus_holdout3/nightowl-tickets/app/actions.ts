"use server"

import { createClient } from "@supabase/supabase-js"
import { Resend } from "resend"
import type { OrganizerInquiry } from "@/components/organizer-form"

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
const resend = new Resend(process.env.RESEND_API_KEY)

export async function submitOrganizerInquiry(values: OrganizerInquiry) {
  const { error } = await supabase.from("organizer_leads").insert({
    name: values.name,
    email: values.email,
    organization: values.organization,
    event_type: values.eventType,
    expected_attendance: values.expectedAttendance,
    message: values.message ?? null,
  })

  if (error) {
    throw new Error("Could not save your inquiry")
  }

  await resend.emails.send({
    from: "NightOwl <partners@nightowl.example>",
    to: "partnerships@nightowl.example",
    replyTo: values.email,
    subject: `New organizer lead: ${values.organization}`,
    text: `${values.name} (${values.email}) wants to list a ${values.eventType} for ~${values.expectedAttendance} people.\n\n${values.message ?? ""}`,
  })

  return { success: true }
}
