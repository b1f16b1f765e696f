"use server"

import { createClient } from "@supabase/supabase-js"
import { Resend } from "resend"

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_KEY!)
const resend = new Resend(process.env.RESEND_API_KEY)

export async function joinWaitlist(prev: { message: string }, formData: FormData) {
  const email = String(formData.get("email") ?? "").trim()
  const role = String(formData.get("role") ?? "")
  if (!email.includes("@")) return { message: "That doesn't look like an email." }

  const { count } = await supabase.from("waitlist").select("*", { count: "exact", head: true })
  const { error } = await supabase.from("waitlist").insert({ email, role, position: (count ?? 0) + 1 })
  if (error) return { message: "You're already on the list!" }

  await resend.emails.send({
    from: "Orbit <hello@orbit.so>",
    to: email,
    subject: "You're on the Orbit waitlist",
    html: `<p>You're #${(count ?? 0) + 1}. We'll email you when your invite is ready.</p>`,
  })
  return { message: `You're #${(count ?? 0) + 1} on the list.` }
}
