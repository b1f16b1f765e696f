"use server"

import { revalidatePath } from "next/cache"
import { Resend } from "resend"
import { sql } from "@vercel/postgres"

const resend = new Resend(process.env.RESEND_API_KEY)

export async function registerForConcert(formData: FormData) {
  const name = formData.get("name") as string
  const email = formData.get("email") as string
  const concertSlug = formData.get("concertSlug") as string
  const guests = Number(formData.get("guests") ?? 1)

  await sql`
    INSERT INTO registrations (concert_slug, name, email, guests)
    VALUES (${concertSlug}, ${name}, ${email}, ${guests})
  `
  await sql`UPDATE concerts SET seats_left = seats_left - ${guests} WHERE slug = ${concertSlug}`

  await resend.emails.send({
    from: "Harborfront Jazz <tickets@harborfrontjazz.org>",
    to: email,
    subject: "You're on the list!",
    text: `Hi ${name}, your free registration for ${guests} is confirmed. Show this email at the door.`,
  })

  revalidatePath("/")
  return { ok: true }
}
