"use server"

import { z } from "zod"

const subscriberSchema = z.object({
  firstName: z.string().min(1),
  email: z.string().email(),
})

export async function subscribe(values: { firstName: string; email: string }) {
  const parsed = subscriberSchema.safeParse(values)
  if (!parsed.success) {
    return { ok: false, message: "Please check your details." }
  }

  const dc = process.env.MAILCHIMP_API_SERVER
  const listId = process.env.MAILCHIMP_AUDIENCE_ID
  const response = await fetch(`https://${dc}.api.mailchimp.com/3.0/lists/${listId}/members`, {
    method: "POST",
    headers: {
      Authorization: `apikey ${process.env.MAILCHIMP_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      email_address: parsed.data.email,
      status: "pending",
      merge_fields: { FNAME: parsed.data.firstName },
      tags: ["website"],
    }),
  })

  if (response.status === 400) {
    return { ok: false, message: "Looks like you're already subscribed." }
  }
  return { ok: true, message: "Almost there! Confirm your email to start reading." }
}
